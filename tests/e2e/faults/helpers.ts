/**
 * Fault-injection helpers for the "notes are sacred" e2e tests: send saves from extension pages, stop the service
 * worker through the DevTools protocol, and patch IndexedDB inside a context to simulate a full disk or an abort.
 */
import type { Page, Worker } from 'playwright-core';
import { makeDraft } from '../../../utils/notes/fixtures';
import type { NoteDraft } from '../../../utils/notes/types';
import { type ExtensionSession, openOptions } from '../../support/browser';

/** A save as the sender saw it: committed (with the id the background gave) or an error code. */
export type SaveOutcome = { i: number; ok: true; id: string } | { i: number; ok: false; code: string; message: string };

/** One distinct draft: its quote and note carry `tag` and `i`, so every stored note can be traced to its save. */
export function draftFor(tag: string, i: number): NoteDraft {
  return makeDraft({
    url: `https://www.mfa.gov.cn/web/faults/${tag}.shtml`,
    quote: { type: 'TextQuoteSelector', exact: `数字外交 ${tag}#${i}`, prefix: '中国特色', suffix: '的实践' },
    position: { type: 'TextPositionSelector', start: i, end: i + 8 },
    note: `${tag} note ${i}`,
  });
}

/**
 * From an extension page, sends every draft to the background at once (`notes:create`, the message the content
 * script sends) and reports each outcome as the content script's client would read it: an answer that is not an
 * ok envelope, or no answer at all, is a failure. `ids`: the ids the sender chose (as the client does, so a save
 * whose answer was lost can be sent again without being stored twice).
 */
export function sendCreates(page: Page, drafts: NoteDraft[], ids?: string[]): Promise<SaveOutcome[]> {
  return page.evaluate(
    async ([all, chosen]) => {
      const g = globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: object): Promise<unknown> } };
        __dlAnswered?: number;
      };
      const api = g.chrome;
      g.__dlAnswered = 0;
      return Promise.all(
        all.map(async (draft, i): Promise<SaveOutcome> => {
          try {
            const id = chosen?.[i];
            const msg = id === undefined ? { type: 'notes:create', draft } : { type: 'notes:create', draft, id };
            const r = (await api.runtime.sendMessage(msg).finally(() => {
              g.__dlAnswered = (g.__dlAnswered ?? 0) + 1;
            })) as { ok?: boolean; note?: { id: string }; error?: { code: string; messageEn: string } } | undefined;
            if (r?.ok === true && r.note) return { i, ok: true, id: r.note.id };
            return { i, ok: false, code: r?.error?.code ?? 'no-answer', message: r?.error?.messageEn ?? '' };
          } catch (e) {
            return { i, ok: false, code: 'rejected', message: String(e) };
          }
        }),
      );
    },
    [drafts, ids] as const,
  );
}

/** Waits until at least `n` of the saves started by sendCreates in `page` have come back. */
export async function waitForAnswers(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (min) => ((globalThis as unknown as { __dlAnswered?: number }).__dlAnswered ?? 0) >= min,
    n,
    { polling: 5, timeout: 30_000 },
  );
}

/**
 * A ready DevTools session that stops every service worker of the profile on demand, as Chrome does when it
 * reclaims an idle or busy worker. Prepared ahead so the stop lands at once when asked for.
 */
export async function workerStopper(
  session: ExtensionSession,
): Promise<{ stop(): Promise<void>; close(): Promise<void> }> {
  const page = await openOptions(session);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  return {
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
    },
    async close() {
      await cdp.detach();
      await page.close();
    },
  };
}

export async function stopServiceWorkers(session: ExtensionSession): Promise<void> {
  const stopper = await workerStopper(session);
  await stopper.stop();
  await stopper.close();
}

/** The extension's current service worker, waking it with a harmless message if it is stopped. */
export async function currentWorker(session: ExtensionSession): Promise<Worker> {
  const live = session.context.serviceWorkers().find((w) => w.url().includes(session.extensionId));
  if (live) return live;
  const waiting = session.context.waitForEvent('serviceworker', { timeout: 15_000 });
  const page = await openOptions(session);
  await page.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime
      .sendMessage({ type: 'lang:detect', text: 'wake' })
      .catch(() => undefined),
  );
  const w = await waiting;
  await page.close();
  return w;
}

/**
 * Makes IDBObjectStore.add throw in this context (worker or page) from the `after`-th call on, with the given
 * DOMException name; `restoreAdd` undoes it. Runs in the browser, so it must be self-contained.
 */
export const FAIL_ADD = ({ after, name }: { after: number; name: string }) => {
  const g = globalThis as unknown as { __dlOrigAdd?: typeof IDBObjectStore.prototype.add; __dlAdds: number };
  const orig = g.__dlOrigAdd ?? IDBObjectStore.prototype.add;
  g.__dlOrigAdd = orig;
  g.__dlAdds = 0;
  IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
    g.__dlAdds++;
    if (g.__dlAdds > after) throw new DOMException(`simulated ${name} at add #${g.__dlAdds}`, name);
    return orig.apply(this, args);
  };
};

export const RESTORE_ADD = () => {
  const g = globalThis as unknown as { __dlOrigAdd?: typeof IDBObjectStore.prototype.add };
  if (g.__dlOrigAdd) IDBObjectStore.prototype.add = g.__dlOrigAdd;
};
