import { useMemo, useState } from 'preact/hooks';
import type { NoteRecord } from '../../utils/notes/types';
import { useT } from '../common/i18n';
import { usePopup } from './context';
import { NoteEditForm } from './NoteEditForm';
import { ColorDot, NoteMeta, TagList } from './NoteMeta';
import { OpenQuote } from './OpenQuote';
import { reviewQueue } from './review-queue';
import { shortQuote } from './tags';

/** Today's daily review: keep (mark reviewed), edit or archive each; all local. */
export function ReviewView() {
  const t = useT();
  const { notes, now } = usePopup();
  const queue = useMemo(() => reviewQueue(notes.notes ?? [], now()), [notes.notes, now]);
  if (notes.notes === null) return <p class="muted">{t('popup.loading')}</p>;
  if (queue.due.length === 0) {
    return queue.doneToday > 0 ? (
      <div class="stack" data-role="review-done">
        <p class="done">{t('popup.review.done')}</p>
        <p class="muted">{t('popup.review.doneCount', { count: queue.doneToday })}</p>
      </div>
    ) : (
      <p data-role="review-empty">{t('popup.review.empty')}</p>
    );
  }
  return (
    <div class="stack">
      <p>{t('popup.review.intro', { count: queue.due.length })}</p>
      <ul class="plain review-list">
        {queue.due.map((n) => (
          <li key={n.id}>
            <ReviewItem note={n} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ReviewItem({ note }: { note: NoteRecord }) {
  const t = useT();
  const { updateNote, announce, now } = usePopup();
  const [editing, setEditing] = useState(false);
  const q = shortQuote(note.quote.exact, 60);
  const act = async (patch: Parameters<typeof updateNote>[1]) => {
    const failure = await updateNote(note.id, patch);
    if (failure) announce(failure);
  };
  return (
    <article class="note review-item" data-note-id={note.id} aria-label={q}>
      <div class="note-head">
        <ColorDot note={note} />
        <OpenQuote note={note} class="link quote" label={`${q} — ${t('popup.note.open')}`}>
          {note.quote.exact}
        </OpenQuote>
      </div>
      {editing ? (
        <NoteEditForm note={note} onDone={() => setEditing(false)} />
      ) : (
        <>
          {note.note && <p class="note-text">{note.note}</p>}
          <TagList tags={note.tags} />
          <NoteMeta note={note} />
          {note.reviewCount > 0 && <p class="muted">{t('popup.review.times', { count: note.reviewCount })}</p>}
          <div class="row actions">
            <button
              type="button"
              data-role="keep"
              aria-label={t('popup.review.keepLabel', { quote: q })}
              onClick={() => void act({ lastReviewedAt: now(), reviewCount: note.reviewCount + 1 })}
            >
              {t('popup.review.keep')}
            </button>
            <button
              type="button"
              class="quiet"
              data-role="edit"
              aria-label={t('popup.note.editLabel', { quote: q })}
              onClick={() => setEditing(true)}
            >
              {t('popup.note.edit')}
            </button>
            <button
              type="button"
              class="quiet"
              data-role="archive"
              aria-label={t('popup.review.archiveLabel', { quote: q })}
              onClick={() => void act({ archived: 1 })}
            >
              {t('popup.review.archive')}
            </button>
          </div>
        </>
      )}
    </article>
  );
}
