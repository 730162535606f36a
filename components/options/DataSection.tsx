import { useEffect, useState } from 'preact/hooks';
import { getConcept } from '../../utils/concepts';
import { createBackup } from '../../utils/export/backup';
import { postsToCsv } from '../../utils/export/corpus-csv';
import { postsToJsonl } from '../../utils/export/corpus-jsonl';
import { buildExport, type ExportFormat } from '../../utils/export/files';
import type { ImportError } from '../../utils/import';
import { MAX_FILE_CHARS, parseImportText } from '../../utils/import';
import type { NoteRecord } from '../../utils/notes/types';
import type { PostRecord } from '../../utils/posts/types';
import { downloadFile } from '../common/download';
import { useT, useUiLanguage } from '../common/i18n';

/** What the data section needs from the notes store (the repo in the extension, a fake in tests). */
export interface NotesStore {
  count(): Promise<number>;
  listAll(): Promise<NoteRecord[]>;
  bulkImport(notes: NoteRecord[]): Promise<{ added: number; skipped: number }>;
  clear(): Promise<void>;
  /** Collected posts (absent in tests that only deal with notes). */
  listPosts?(): Promise<PostRecord[]>;
  /** A backup's notes and posts in one transaction: all or nothing. */
  importAll?(notes: NoteRecord[], posts: PostRecord[]): Promise<{ added: number; skipped: number; posts: number }>;
}

type Status = { kind: 'ok'; text: string } | { kind: 'error'; text: string; errors?: ImportError[] } | null;

const EXPORTS: {
  format: ExportFormat;
  label:
    | 'options.data.exportMarkdown'
    | 'options.data.exportCsv'
    | 'options.data.exportW3c'
    | 'options.data.exportBackup';
}[] = [
  { format: 'markdown', label: 'options.data.exportMarkdown' },
  { format: 'csv', label: 'options.data.exportCsv' },
  { format: 'w3c', label: 'options.data.exportW3c' },
  { format: 'backup', label: 'options.data.exportBackup' },
];

function errorText(err: unknown, lang: 'zh-CN' | 'en'): string {
  if (err && typeof err === 'object' && 'messageZh' in err && 'messageEn' in err) {
    const e = err as { messageZh: unknown; messageEn: unknown };
    return String(lang === 'zh-CN' ? e.messageZh : e.messageEn);
  }
  return err instanceof Error ? err.message : String(err);
}

/** Export, import and delete-all. Nothing here touches the network: files go through Blob URLs and file inputs. */
export function DataSection({ store }: { store: NotesStore }) {
  const t = useT();
  const lang = useUiLanguage();
  const [count, setCount] = useState<number | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const deleteWord = t('options.data.deleteWord');
  // The English word is accepted in either language: a Chinese reader may prefer typing Latin letters.
  const confirmed = confirm.trim() === deleteWord || confirm.trim() === 'DELETE';

  async function refresh() {
    try {
      setCount(await store.count());
    } catch (err) {
      setStatus({ kind: 'error', text: t('options.data.error', { message: errorText(err, lang) }) });
    }
  }
  useEffect(() => {
    void refresh();
  }, [store]);

  async function run(task: () => Promise<void>) {
    setBusy(true);
    try {
      await task();
    } catch (err) {
      setStatus({ kind: 'error', text: t('options.data.error', { message: errorText(err, lang) }) });
    } finally {
      setBusy(false);
    }
  }

  const exportAs = (format: ExportFormat) =>
    run(async () => {
      const notes = await store.listAll();
      const l = lang === 'zh-CN' ? 'zh' : 'en';
      const conceptName = (id: string) => getConcept(id)?.name[l] ?? id;
      if (format === 'backup') {
        // The full backup carries the collected posts too (format version 3).
        const posts = (await store.listPosts?.()) ?? [];
        const now = Date.now();
        downloadFile({
          filename: `diplolens-${new Date(now).toISOString().slice(0, 10)}.backup.json`,
          mimeType: 'application/json;charset=utf-8',
          content: `${JSON.stringify(createBackup(notes, now, posts), null, 2)}\n`,
        });
      } else if (format === 'markdown') {
        // Each post's citation under its heading, in the reader's citation style (the engine loads on demand).
        const [cite, { preferredStyle }] = await Promise.all([
          import('../../utils/cite/index'),
          import('../popup/CiteMenu'),
        ]);
        const style = preferredStyle(l);
        const citation = (note: NoteRecord) => cite.referenceText({ kind: 'note', note }, style);
        downloadFile(buildExport(format, notes, { markdown: { conceptName, citation } }));
      } else downloadFile(buildExport(format, notes, { markdown: { conceptName } }));
      setStatus({ kind: 'ok', text: t('options.data.exported', { count: notes.length }) });
    });

  const exportCorpus = (kind: 'csv' | 'jsonl') =>
    run(async () => {
      const posts = (await store.listPosts?.()) ?? [];
      const stamp = new Date().toISOString().slice(0, 10);
      downloadFile(
        kind === 'csv'
          ? {
              filename: `diplolens-corpus-${stamp}.csv`,
              mimeType: 'text/csv;charset=utf-8',
              content: postsToCsv(posts),
            }
          : {
              filename: `diplolens-corpus-${stamp}.jsonl`,
              mimeType: 'application/x-ndjson;charset=utf-8',
              content: postsToJsonl(posts),
            },
      );
      setStatus({ kind: 'ok', text: t('options.data.exported', { count: posts.length }) });
    });

  const importFile = (input: HTMLInputElement) =>
    run(async () => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      // Refuse before reading: a huge file would freeze the page while being read into memory.
      if (file.size > MAX_FILE_CHARS * 4) {
        setStatus({ kind: 'error', text: t('options.data.importTooLarge', { mb: Math.round(file.size / 1048576) }) });
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        setStatus({ kind: 'error', text: t('options.data.importReadError') });
        return;
      }
      const parsed = parseImportText(text);
      if (!parsed.ok) {
        setStatus({ kind: 'error', text: t('options.data.importFailed'), errors: parsed.errors });
        return;
      }
      if (parsed.posts && parsed.posts.length > 0 && store.importAll) {
        const { added, skipped, posts } = await store.importAll(parsed.notes, parsed.posts);
        setStatus({ kind: 'ok', text: `${t('options.data.importResult', { added, skipped })} (+${posts})` });
      } else {
        const { added, skipped } = await store.bulkImport(parsed.notes);
        setStatus({ kind: 'ok', text: t('options.data.importResult', { added, skipped }) });
      }
      await refresh();
    });

  const deleteAll = (e: Event) => {
    e.preventDefault();
    if (!confirmed) return;
    void run(async () => {
      await store.clear();
      setConfirm('');
      setStatus({ kind: 'ok', text: t('options.data.deleted') });
      await refresh();
    });
  };

  return (
    <section aria-labelledby="data-heading" aria-busy={busy}>
      <h2 id="data-heading">{t('options.data.heading')}</h2>
      {count !== null && <p>{t('options.data.count', { count })}</p>}

      <fieldset class="row wrap">
        <legend>
          <h3>{t('options.data.export')}</h3>
        </legend>
        {EXPORTS.map(({ format, label }) => (
          <button key={format} type="button" disabled={busy} onClick={() => void exportAs(format)}>
            {t(label)}
          </button>
        ))}
        {store.listPosts && (
          <>
            <button type="button" data-role="corpus-csv" disabled={busy} onClick={() => void exportCorpus('csv')}>
              {lang === 'zh-CN' ? '收藏的帖子：语料 CSV' : 'Collected posts: corpus CSV'}
            </button>
            <button type="button" data-role="corpus-jsonl" disabled={busy} onClick={() => void exportCorpus('jsonl')}>
              {lang === 'zh-CN' ? '收藏的帖子：JSON Lines' : 'Collected posts: JSON Lines'}
            </button>
          </>
        )}
      </fieldset>

      <h3>
        <label for="import-file">{t('options.data.import')}</label>
      </h3>
      <input
        id="import-file"
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        disabled={busy}
        onChange={(e) => void importFile(e.currentTarget)}
      />

      <div role="status" aria-live="polite" class={status?.kind === 'error' ? 'status error' : 'status'}>
        {status && <p>{status.text}</p>}
        {status?.kind === 'error' && status.errors && (
          <ul class="import-errors">
            {status.errors.map((err, i) => (
              <li key={`${i}:${err.path}`}>
                <code>{err.path}</code>: {lang === 'zh-CN' ? err.messageZh : err.messageEn}
              </li>
            ))}
          </ul>
        )}
      </div>

      <h3 id="delete-heading">{t('options.data.deleteHeading')}</h3>
      <form class="danger" aria-labelledby="delete-heading" onSubmit={deleteAll}>
        <p id="delete-explain">{t('options.data.deleteExplain', { word: deleteWord })}</p>
        <label class="row">
          <span class="label">{t('options.data.deleteLabel', { word: deleteWord })}</span>
          <input
            type="text"
            name="confirm"
            autoComplete="off"
            value={confirm}
            aria-describedby="delete-explain"
            onInput={(e) => setConfirm(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="danger" disabled={busy || !confirmed}>
          {t('options.data.deleteButton')}
        </button>
      </form>
    </section>
  );
}
