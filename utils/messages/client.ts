/**
 * Typed senders. A missing receiver (no content script in the tab, a closed port, an extension reload) never throws:
 * it comes back as `{ ok: false, error: { code: 'unavailable' } }`, so callers handle one shape.
 * A save (`notes:create`) carries an id chosen here and is retried when its answer is lost: Chrome may stop the
 * MV3 worker after it committed but before it answered, and the retry (same id) then returns the stored note
 * instead of a second copy, so the sender learns whether the save committed.
 */
import { browser } from 'wxt/browser';
import {
  type BackgroundRequest,
  type BackgroundResponse,
  fail,
  isEnvelope,
  type TabRequest,
  type TabResponse,
  UNAVAILABLE,
} from './protocol';

const NO_RECEIVER =
  /receiving end does not exist|could not establish connection|message port closed|message channel closed|no listeners|context invalidated|no tab with id|extension context/i;

/** Waits before each retry of a save whose answer was lost (the first wakes the restarted worker). */
export const CREATE_RETRY_DELAYS_MS = [100, 500, 1500] as const;

const HEX = '0123456789abcdef';

/** A UUID v4; crypto.randomUUID exists only in secure contexts, and a content script may run on an http page. */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const hex = [...crypto.getRandomValues(new Uint8Array(16))]
    .map((b) => HEX.charAt(b >> 4) + HEX.charAt(b & 15))
    .join('');
  const variant = HEX.charAt(8 + (parseInt(hex.charAt(16), 16) & 3));
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function fromError(err: unknown): { ok: false; error: (typeof UNAVAILABLE)['error'] } {
  const msg = err instanceof Error ? err.message : String(err);
  if (NO_RECEIVER.test(msg)) return UNAVAILABLE;
  return fail('internal', `消息发送失败（${msg}）。`, `Sending the message failed (${msg}).`);
}

function checked<R>(response: unknown): R {
  // undefined: the receiver exists but did not answer (closed port in some browsers).
  return (isEnvelope(response) ? response : UNAVAILABLE) as R;
}

async function sendOnce<M extends BackgroundRequest>(msg: M): Promise<BackgroundResponse<M['type']>> {
  try {
    return checked(await browser.runtime.sendMessage(msg));
  } catch (err) {
    return fromError(err);
  }
}

/**
 * Saves whose outcome is unknown (every attempt lost its answer), by draft: when the reader presses save again on
 * the same draft, it goes out under the same id, so a save that had committed after all is not stored twice.
 */
const unconfirmed = new Map<string, string>();
const MAX_UNCONFIRMED = 50;

export async function sendToBackground<M extends BackgroundRequest>(msg: M): Promise<BackgroundResponse<M['type']>> {
  if (msg.type !== 'notes:create') return sendOnce(msg);
  const key = JSON.stringify(msg.draft);
  const id = msg.id ?? unconfirmed.get(key) ?? newRequestId();
  const save: M = { ...msg, id };
  let r = await sendOnce(save);
  for (const delay of CREATE_RETRY_DELAYS_MS) {
    // Only a lost answer is retried; a refusal (invalid, quota …) is the background's final word.
    if (r.ok || r.error.code !== 'unavailable') break;
    await new Promise((resolve) => setTimeout(resolve, delay));
    r = await sendOnce(save);
  }
  if (!r.ok && r.error.code === 'unavailable') {
    unconfirmed.delete(key);
    unconfirmed.set(key, id);
    for (const old of unconfirmed.keys()) {
      if (unconfirmed.size <= MAX_UNCONFIRMED) break;
      unconfirmed.delete(old);
    }
  } else unconfirmed.delete(key);
  return r;
}

export async function sendToTab<M extends TabRequest>(
  tabId: number,
  msg: M,
  options?: { frameId?: number },
): Promise<TabResponse<M['type']>> {
  try {
    const response =
      options?.frameId === undefined
        ? await browser.tabs.sendMessage(tabId, msg)
        : await browser.tabs.sendMessage(tabId, msg, { frameId: options.frameId });
    return checked(response);
  } catch (err) {
    return fromError(err);
  }
}
