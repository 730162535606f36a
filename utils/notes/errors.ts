/** Typed, bilingual errors for everything that touches the notes database. */

export type NotesErrorCode = 'invalid' | 'not-found' | 'quota' | 'blocked' | 'internal';

export interface NotesErrorInfo {
  code: NotesErrorCode;
  messageZh: string;
  messageEn: string;
}

const DEFAULT_MESSAGES: Record<NotesErrorCode, { zh: string; en: string }> = {
  invalid: { zh: '输入无效，笔记未更改。', en: 'Invalid input; nothing was changed.' },
  'not-found': { zh: '找不到这条笔记（可能已被删除）。', en: 'That note was not found (it may have been deleted).' },
  quota: {
    zh: '存储空间已满，笔记未保存。请导出并清理旧笔记，或释放磁盘空间。',
    en: 'Storage is full; the note was not saved. Export and remove old notes, or free some disk space.',
  },
  blocked: {
    zh: '另一个 DiploLens 页面正在使用旧版本的数据库。请重新加载其他 DiploLens 页面后重试。',
    en: 'Another DiploLens page is holding an older version of the database. Reload the other DiploLens pages and try again.',
  },
  internal: { zh: '内部错误，笔记未更改。', en: 'Internal error; nothing was changed.' },
};

export class NotesError extends Error {
  readonly code: NotesErrorCode;
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(code: NotesErrorCode, detail?: { zh?: string; en?: string }, options?: { cause?: unknown }) {
    const base = DEFAULT_MESSAGES[code];
    const messageZh = detail?.zh ? `${base.zh}${detail.zh}` : base.zh;
    const messageEn = detail?.en ? `${base.en} ${detail.en}` : base.en;
    super(messageEn, options);
    this.name = 'NotesError';
    this.code = code;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }

  toJSON(): NotesErrorInfo {
    return { code: this.code, messageZh: this.messageZh, messageEn: this.messageEn };
  }
}

/** Walks Dexie's `inner` and the standard `cause` chain: Dexie wraps IndexedDB errors (e.g. in an AbortError). */
function errorChain(err: unknown): { name?: unknown; message?: unknown }[] {
  const out: { name?: unknown; message?: unknown }[] = [];
  let cur: unknown = err;
  for (let depth = 0; depth < 8 && cur && typeof cur === 'object'; depth++) {
    const e = cur as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    out.push(e);
    cur = e.inner ?? e.cause;
  }
  return out;
}

export function isQuotaError(err: unknown): boolean {
  return errorChain(err).some(
    (e) =>
      e.name === 'QuotaExceededError' ||
      e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      (typeof e.message === 'string' && /quota/i.test(e.message)),
  );
}

const BLOCKED_NAMES = new Set(['DatabaseClosedError', 'VersionError', 'VersionChangeError', 'BlockedError']);

/** Any thrown value → a NotesError; nothing is lost, the original is kept as `cause`. */
export function toNotesError(err: unknown): NotesError {
  if (err instanceof NotesError) return err;
  if (isQuotaError(err)) return new NotesError('quota', undefined, { cause: err });
  if (errorChain(err).some((e) => typeof e.name === 'string' && BLOCKED_NAMES.has(e.name))) {
    return new NotesError('blocked', undefined, { cause: err });
  }
  const msg = err instanceof Error ? err.message : String(err);
  return new NotesError('internal', { zh: `（${msg}）`, en: `(${msg})` }, { cause: err });
}
