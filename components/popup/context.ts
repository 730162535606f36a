import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { NotePatch, NoteRecord } from '../../utils/notes/types';
import type { PageClient } from './page-client';
import type { PopupStore } from './store';
import type { NotesState } from './useNotes';

/** What every popup view needs: the live notes, the page client, and the actions that change notes. */
export interface PopupServices {
  notes: NotesState;
  store: PopupStore;
  page: PageClient;
  now: () => number;
  openNote(note: NoteRecord): void;
  /** Deletes and offers Undo in the toast. */
  deleteNote(note: NoteRecord): Promise<void>;
  /** Resolves to an error message in the UI language, or null when saved. */
  updateNote(id: string, patch: NotePatch): Promise<string | null>;
  showConcept(id: string): void;
  announce(text: string): void;
  /** A toast with Undo (collected posts' delete); `undo` resolves to what to say after it. */
  announceUndo(text: string, undo?: () => Promise<string>): void;
}

export const PopupContext = createContext<PopupServices | null>(null);

export function usePopup(): PopupServices {
  const value = useContext(PopupContext);
  if (!value) throw new Error('usePopup outside PopupApp');
  return value;
}
