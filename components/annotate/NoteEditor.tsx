import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import type { HighlightColor } from '../../utils/notes/types';
import type { NoteEditorState } from '../content/state';
import { ColorSwatches } from './ColorSwatches';

export interface NoteEditorActions {
  submitNote(values: { color: HighlightColor; note: string; tags: string[] }): void;
  deleteNote(): void;
  cancelEditor(): void;
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
}: {
  state: NoteEditorState;
  t: Translate;
  actions: NoteEditorActions;
}) {
  const [color, setColor] = useState<HighlightColor>(state.color);
  const [note, setNote] = useState(state.note);
  const [tags, setTags] = useState(state.tags.join(', '));
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus(), []);
  const submit = () => actions.submitNote({ color, note, tags: parseTags(tags) });
  return (
    <form
      class="dl-editor"
      data-role="note-editor"
      aria-label={state.noteId ? t('editor.editLabel') : t('editor.newLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') actions.cancelEditor();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
        e.stopPropagation(); // the page's own shortcuts must not fire while the reader types
      }}
    >
      <blockquote class="dl-quote">{state.quote}</blockquote>
      <fieldset class="dl-card-actions dl-fieldset">
        <legend class="dl-sr-only">{t('editor.color')}</legend>
        <ColorSwatches value={color} t={t} onPick={setColor} />
      </fieldset>
      <label class="dl-field">
        {t('editor.note')}
        <textarea ref={noteRef} data-role="note-input" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label class="dl-field">
        {t('editor.tags')}
        <input
          data-role="tags-input"
          value={tags}
          onInput={(e) => setTags(e.currentTarget.value)}
          placeholder={t('editor.tagsHint')}
        />
      </label>
      {state.error && (
        <p class="dl-hint" role="alert" data-role="editor-error" style={{ color: '#b91c1c' }}>
          {state.error}
        </p>
      )}
      <div class="dl-card-actions">
        <button type="submit" class="dl-btn" data-role="save-note" disabled={state.busy}>
          {t('editor.save')}
        </button>
        {state.noteId && (
          <button type="button" class="dl-btn dl-btn-danger" data-role="delete-note" onClick={actions.deleteNote}>
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
