import { useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor, type NoteRecord } from '../../utils/notes/types';
import { useT } from '../common/i18n';
import { usePopup } from './context';
import { formatTags, parseTags } from './tags';

/** Edits a note's text, tags and colour in place; Escape or Cancel leaves it unchanged. */
export function NoteEditForm({ note, onDone }: { note: NoteRecord; onDone: () => void }) {
  const t = useT();
  const { updateNote, announce } = usePopup();
  const [text, setText] = useState(note.note);
  const [tags, setTags] = useState(formatTags(note.tags));
  const [color, setColor] = useState<HighlightColor>(note.color);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `edit-${note.id}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const failure = await updateNote(note.id, { note: text, tags: parseTags(tags), color });
    setBusy(false);
    if (failure) setError(failure);
    else {
      announce(t('popup.note.saved'));
      onDone();
    }
  };

  return (
    <form
      class="edit-form"
      data-role="edit-form"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <label for={`${base}-note`}>{t('popup.note.noteLabel')}</label>
      <textarea
        id={`${base}-note`}
        name="note"
        rows={3}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        // biome-ignore lint/a11y/noAutofocus: the reader asked to edit this note; put the caret in it.
        autoFocus
      />
      <label for={`${base}-tags`}>{t('popup.note.tagsLabel')}</label>
      <input id={`${base}-tags`} name="tags" type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      <fieldset class="swatches">
        <legend>{t('popup.note.colorLabel')}</legend>
        {HIGHLIGHT_COLORS.map((c) => (
          <label key={c} class={`swatch color-${c}`} title={t(`color.${c}`)}>
            <input
              type="radio"
              name={`${base}-color`}
              value={c}
              checked={color === c}
              aria-label={t(`color.${c}`)}
              onChange={() => setColor(c)}
            />
          </label>
        ))}
      </fieldset>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" disabled={busy} data-role="save">
          {t('popup.note.save')}
        </button>
        <button type="button" class="quiet" onClick={onDone}>
          {t('popup.note.cancel')}
        </button>
      </div>
    </form>
  );
}
