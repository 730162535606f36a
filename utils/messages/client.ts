/**
 * Typed senders. A missing receiver (no content script in the tab, a closed port, an extension reload) never throws:
 * it comes back as `{ ok: false, error: { code: 'unavailable' } }`, so callers handle one shape.
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
  /receiving end does not exist|could not establish connection|message port closed|no listeners|context invalidated|no tab with id|extension context/i;

function fromError(err: unknown): { ok: false; error: (typeof UNAVAILABLE)['error'] } {
  const msg = err instanceof Error ? err.message : String(err);
  if (NO_RECEIVER.test(msg)) return UNAVAILABLE;
  return fail('internal', `消息发送失败（${msg}）。`, `Sending the message failed (${msg}).`);
}

function checked<R>(response: unknown): R {
  // undefined: the receiver exists but did not answer (closed port in some browsers).
  return (isEnvelope(response) ? response : UNAVAILABLE) as R;
}

export async function sendToBackground<M extends BackgroundRequest>(msg: M): Promise<BackgroundResponse<M['type']>> {
  try {
    return checked(await browser.runtime.sendMessage(msg));
  } catch (err) {
    return fromError(err);
  }
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
