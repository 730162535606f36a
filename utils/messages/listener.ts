/**
 * Adapts a Promise-returning handler to runtime.onMessage / tabs' onMessage in every browser: it answers through
 * `sendResponse` and returns `true` (keeps the channel open in Chrome, also accepted by Firefox), so it works whether
 * the runtime expects that or a returned Promise — returning the Promise as well would make Chrome close the port.
 */
import { fail } from './protocol';

export type SendResponse = (response: unknown) => void;

export function toOnMessageListener<S>(
  handle: (message: unknown, sender: S) => Promise<unknown>,
): (message: unknown, sender: S, sendResponse: SendResponse) => true {
  return (message, sender, sendResponse) => {
    const reply = (response: unknown) => {
      try {
        sendResponse(response);
      } catch {
        // The sender went away (tab closed, popup dismissed): nothing to answer.
      }
    };
    handle(message, sender).then(reply, (err: unknown) => {
      const msg = err instanceof Error ? err.message : String(err);
      reply(fail('internal', `内部错误（${msg}）。`, `Internal error (${msg}).`));
    });
    return true;
  };
}
