import type { ConceptCardData } from '../../utils/concepts/card-data';
import type { UiLanguage } from '../../utils/i18n';
import type { Rect } from '../../utils/layout/placement';
import type { HighlightColor, MissionInfo } from '../../utils/notes/types';

export interface CardState {
  conceptIds: string[];
  activeId: string;
  /** The active concept's card content from the background; undefined while it loads, null if unknown. */
  details?: ConceptCardData | null;
  anchor: Rect;
  blockLanguage?: string;
  /** How it was opened: a hover card closes when the pointer leaves, a focused or tapped one stays. */
  via: 'hover' | 'focus' | 'tap' | 'badge';
  /** Saving the term as a highlight is offered when the card belongs to a term occurrence. */
  canSave: boolean;
  /** Collecting the post the term stands in is offered when it stands in one (set once the card is open). */
  canCollect?: boolean;
}

/** A post's small collect control, drawn in our overlay at the post card's top right (app/content/posts). */
export interface CollectControlState {
  key: string;
  /** The author's name, for the control's label. */
  author: string;
  left: number;
  top: number;
  collected: boolean;
  busy: boolean;
}

export interface BadgeSlot {
  /** Viewport px. */
  left: number;
  top: number;
  /** The post's inner right edge: the badge stays left of it. */
  maxRight: number;
}

export interface BadgeState {
  key: string;
  mission: MissionInfo;
  /**
   * Where the badge may go, best first, all inside the post (after the author's row, after the post's last line,
   * under the name): the badge takes the first where it fits, in its fullest form that fits.
   */
  slots: BadgeSlot[];
  /** The badge of a quoted or reposted post inside another. */
  quoted?: boolean;
}

export interface ToastState {
  text: string;
  kind: 'info' | 'error';
  action?: { label: string; run: () => void };
}

export interface ToolbarState {
  anchor: Rect;
  quote: string;
}

export interface NoteEditorState {
  /** An existing note's id, or null while drafting a new one from the selection. */
  noteId: string | null;
  anchor: Rect;
  quote: string;
  color: HighlightColor;
  note: string;
  tags: string[];
  /** Set while a save is in flight or after it failed (the typed text stays). */
  busy: boolean;
  error?: string;
  /** The field that takes the focus when the editor opens (default: the note). */
  focus?: 'note' | 'tags';
}

export interface ContentState {
  lang: UiLanguage;
  theme: 'light' | 'dark';
  card: CardState | null;
  badges: BadgeState[];
  collects: CollectControlState[];
  toast: ToastState | null;
  toolbar: ToolbarState | null;
  editor: NoteEditorState | null;
}
