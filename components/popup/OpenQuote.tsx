import type { ComponentChildren } from 'preact';
import type { NoteRecord } from '../../utils/notes/types';
import { isWebUrl } from '../../utils/notes/url';
import { useT } from '../common/i18n';
import { usePopup } from './context';

/**
 * A note's quote that opens its page. Only a web page is ever opened: a record an older version stored with
 * another kind of address (javascript:, data:, file:, chrome: …) is shown, never linked, with a label saying why.
 */
export function OpenQuote({
  note,
  class: cls,
  label,
  title,
  children,
}: {
  note: NoteRecord;
  class: string;
  label: string;
  title?: string;
  children: ComponentChildren;
}) {
  const t = useT();
  const { openNote } = usePopup();
  if (!isWebUrl(note.url)) {
    return (
      <span class={`${cls} not-openable`} data-role="not-openable">
        {children}{' '}
        <span class="chip static" data-role="not-web-page">
          {t('popup.note.notWebPage')}
        </span>
      </span>
    );
  }
  return (
    <button type="button" class={cls} title={title} aria-label={label} data-role="open" onClick={() => openNote(note)}>
      {children}
    </button>
  );
}
