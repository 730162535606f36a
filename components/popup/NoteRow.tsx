import { useCallback } from 'preact/hooks';
import type { NoteRecord } from '../../utils/notes/types';
import { useT } from '../common/i18n';
import { CiteMenu } from './CiteMenu';
import { usePopup } from './context';
import { NoteEditForm } from './NoteEditForm';
import { ColorDot, NoteMeta, TagList } from './NoteMeta';
import { OpenQuote } from './OpenQuote';
import { useResearchT } from './research-messages';
import { shortQuote } from './tags';

interface Props {
  note: NoteRecord;
  editing: boolean;
  onEdit: (editing: boolean) => void;
}

/** One saved highlight in the Notes list: quote, note, tags, where and when; open, edit, delete. */
export function NoteRow({ note, editing, onEdit }: Props) {
  const t = useT();
  const { deleteNote } = usePopup();
  const q = shortQuote(note.quote.exact, 60);
  const r = useResearchT();
  const source = useCallback(() => ({ kind: 'note' as const, note }), [note]);
  return (
    <article class="note" data-note-id={note.id} data-color={note.color} aria-label={q}>
      <div class="note-head">
        <ColorDot note={note} />
        <OpenQuote note={note} class="link quote" title={t('popup.note.open')} label={`${q} — ${t('popup.note.open')}`}>
          {note.quote.exact}
        </OpenQuote>
      </div>
      {editing ? (
        <NoteEditForm note={note} onDone={() => onEdit(false)} />
      ) : (
        <>
          {note.note && <p class="note-text">{note.note}</p>}
          <TagList tags={note.tags} />
          <NoteMeta note={note} />
          <div class="row actions">
            {note.archived === 1 && (
              <span class="chip static" data-role="archived">
                {t('popup.note.archived')}
              </span>
            )}
            <button
              type="button"
              class="quiet"
              data-role="edit"
              aria-label={t('popup.note.editLabel', { quote: q })}
              onClick={() => onEdit(true)}
            >
              {t('popup.note.edit')}
            </button>
            <CiteMenu source={source} label={`${r('cite.button')}: ${q}`} />
            <button
              type="button"
              class="quiet danger"
              data-role="delete"
              aria-label={t('popup.note.deleteLabel', { quote: q })}
              onClick={() => void deleteNote(note)}
            >
              {t('popup.note.delete')}
            </button>
          </div>
        </>
      )}
    </article>
  );
}
