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
}

export interface BadgeState {
  key: string;
  mission: MissionInfo;
  left: number;
  top: number;
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
  toast: ToastState | null;
  toolbar: ToolbarState | null;
  editor: NoteEditorState | null;
}
