import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import type { HighlightColor } from '../../utils/notes/types';
import { ColorSwatches } from './ColorSwatches';

export interface NoteEditorValues {
  color: HighlightColor;
  note: string;
  tags: string[];
}

/**
 * The events are handed over so the caller can judge them (trusted, where, how soon): the editor runs in our own
 * origin (app/editor), and a save or delete there still has to be the reader's.
 */
export interface NoteEditorActions {
  /** `event`: the Save button's click (a pointer, or Enter's implicit click) or the Ctrl/⌘+Enter key. */
  submitNote(values: NoteEditorValues, event: MouseEvent | KeyboardEvent): void;
  deleteNote(event: MouseEvent): void;
  cancelEditor(): void;
}

export interface NoteEditorFields {
  /** A saved note's id, or null for a new highlight. */
  noteId: string | null;
  quote: string;
  color: HighlightColor;
  note: string;
  tags: string[];
  busy: boolean;
  error?: string;
}

/** Splits "外交, digital  ,#tag" into clean tags: trimmed, no leading #, no duplicates. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  for (const raw of input.split(/[,，、;；\n]/)) {
    const tag = raw.trim().replace(/^#+/, '').trim();
    if (tag) seen.add(tag);
  }
  return [...seen];
}

/** Edits a new or saved highlight: colour, note, tags; delete for saved ones. The typed text survives errors. */
export function NoteEditor({
  state,
  t,
  actions,
  focus = 'note',
  notice,
  onValues,
}: {
  state: NoteEditorFields;
  t: Translate;
  actions: NoteEditorActions;
  focus?: 'note' | 'tags';
  /** Shown under the fields (e.g. why a click was ignored, and what to do). */
  notice?: ComponentChildren;
  /** Reports the values as the reader edits them. */
  onValues?(values: NoteEditorValues): void;
}) {
  const [color, setColor] = useState<HighlightColor>(state.color);
  const [note, setNote] = useState(state.note);
  const [tags, setTags] = useState(state.tags.join(', '));
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);
  const escapeDown = useRef(false);
  useEffect(() => {
    (focus === 'tags' ? tagsRef.current : noteRef.current)?.focus();
  }, [focus]);
  const values = (): NoteEditorValues => ({ color, note, tags: parseTags(tags) });
  // Reported as the reader types, synchronously: a click that follows at once sees what was typed.
  const report = (next: Partial<{ color: HighlightColor; note: string; tags: string }>) =>
    onValues?.({
      color: next.color ?? color,
      note: next.note ?? note,
      tags: parseTags(next.tags ?? tags),
    });
  return (
    <form
      class="dl-editor"
      data-role="note-editor"
      aria-label={state.noteId ? t('editor.editLabel') : t('editor.newLabel')}
      onSubmit={(e) => e.preventDefault()}
      onKeyDown={(e) => {
        // An IME's Escape or Enter belongs to the composition (picking 数字外交 from candidates), not to us.
        if (e.isComposing || e.keyCode === 229) return;
        if (e.key === 'Escape') {
          e.preventDefault();
          escapeDown.current = true;
        }
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          actions.submitNote(values(), e);
        }
      }}
      onKeyUp={(e) => {
        // Closed on the key's release: focus goes back to the page only after it, so the page hears no keyup.
        if (e.key === 'Escape' && escapeDown.current) {
          escapeDown.current = false;
          actions.cancelEditor();
        }
      }}
    >
      <blockquote class="dl-quote">{state.quote}</blockquote>
      <fieldset class="dl-card-actions dl-fieldset">
        <legend class="dl-sr-only">{t('editor.color')}</legend>
        <ColorSwatches
          value={color}
          t={t}
          onPick={(c) => {
            setColor(c);
            report({ color: c });
          }}
        />
      </fieldset>
      <label class="dl-field">
        {t('editor.note')}
        <textarea
          ref={noteRef}
          data-role="note-input"
          value={note}
          onInput={(e) => {
            setNote(e.currentTarget.value);
            report({ note: e.currentTarget.value });
          }}
        />
      </label>
      <label class="dl-field">
        {t('editor.tags')}
        <input
          ref={tagsRef}
          data-role="tags-input"
          value={tags}
          onInput={(e) => {
            setTags(e.currentTarget.value);
            report({ tags: e.currentTarget.value });
          }}
          placeholder={t('editor.tagsHint')}
        />
      </label>
      {state.error && (
        <p class="dl-hint dl-error" role="alert" data-role="editor-error">
          {state.error}
        </p>
      )}
      {notice}
      <div class="dl-card-actions">
        <button
          type="submit"
          class="dl-btn"
          data-role="save-note"
          disabled={state.busy}
          onClick={(e) => {
            e.preventDefault();
            actions.submitNote(values(), e);
          }}
        >
          {t('editor.save')}
        </button>
        {state.noteId && (
          <button
            type="button"
            class="dl-btn dl-btn-danger"
            data-role="delete-note"
            disabled={state.busy}
            onClick={(e) => actions.deleteNote(e)}
          >
            {t('editor.delete')}
          </button>
        )}
        <button type="button" class="dl-btn dl-btn-quiet" data-role="cancel-note" onClick={actions.cancelEditor}>
          {t('editor.cancel')}
        </button>
      </div>
    </form>
  );
}
