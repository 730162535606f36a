import { useMemo, useState } from 'preact/hooks';
import { getConcept } from '../../utils/concepts/index';
import { useT, useUiLanguage } from '../common/i18n';
import { usePopup } from './context';
import { EMPTY_FORM, type FilterForm, filterOptions, isFormEmpty, toSearchFilters } from './filter-options';
import { NoteFilters } from './NoteFilters';
import { NoteRow } from './NoteRow';
import { buildRows, type Grouping, listRows, noteRows } from './rows';
import { VirtualList } from './VirtualList';

/** Every saved highlight, newest first: search as you type, filters, grouping, a virtualised list. */
export function NotesView() {
  const t = useT();
  const l = useUiLanguage() === 'zh-CN' ? 'zh' : 'en';
  const { notes, now } = usePopup();
  const [query, setQuery] = useState('');
  const [form, setForm] = useState<FilterForm>(EMPTY_FORM);
  const [grouping, setGrouping] = useState<Grouping>('none');
  const [editingKey, setEditingKey] = useState<string | null>(null);
  const { index, version } = notes;
  const all = notes.notes ?? [];

  const options = useMemo(() => filterOptions(all, l), [all, l]);
  // While a large database is still being read, search and filters cover the notes read so far (newest first).
  const results = useMemo(() => index.search(query, toSearchFilters(form, now())), [index, version, query, form, now]);
  // Ungrouped, rows are made only for the notes in view; grouped, the headings need the whole list laid out.
  const source = useMemo(
    () =>
      grouping === 'none'
        ? noteRows(results, editingKey)
        : listRows(
            buildRows(results, grouping, (key, pageTitle) =>
              grouping === 'page'
                ? pageTitle || key
                : key
                  ? (getConcept(key)?.name[l] ?? key)
                  : t('popup.notes.noConcept'),
            ),
            editingKey,
          ),
    [results, grouping, editingKey, l, t],
  );

  if (notes.notes === null) return <p class="muted">{t('popup.loading')}</p>;
  return (
    <div class="notes-view" data-complete={notes.complete ? 'true' : 'false'}>
      <div class="search">
        <label class="sr-only" for="note-search">
          {t('popup.notes.search')}
        </label>
        <input
          id="note-search"
          type="search"
          data-role="search"
          placeholder={t('popup.notes.searchPlaceholder')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <NoteFilters form={form} options={options} grouping={grouping} onChange={setForm} onGrouping={setGrouping} />
      <p class="muted count" data-role="note-count">
        {t('popup.notes.count', { shown: results.length, total: all.length })}
        {!notes.complete && <span data-role="loading"> · {t('popup.loading')}</span>}
        {!isFormEmpty(form) && (
          <button type="button" class="link" onClick={() => setForm(EMPTY_FORM)}>
            {t('popup.notes.clearFilters')}
          </button>
        )}
      </p>
      {all.length === 0 ? (
        <p data-role="empty">{t('popup.notes.empty')}</p>
      ) : results.length === 0 ? (
        <p data-role="empty">{t('popup.notes.noMatch')}</p>
      ) : (
        <VirtualList
          source={source}
          label={t('popup.notes.list')}
          resetKey={JSON.stringify([query, form, grouping])}
          renderRow={(row) =>
            row.kind === 'group' ? (
              <h3 class="group-title" data-group={row.key}>
                {row.title} <span class="count">{row.count}</span>
              </h3>
            ) : (
              <NoteRow
                note={row.note}
                editing={row.key === editingKey}
                onEdit={(on) => setEditingKey(on ? row.key : null)}
              />
            )
          }
        />
      )}
    </div>
  );
}
