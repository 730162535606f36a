import { useEffect, useRef, useState } from 'preact/hooks';
import { sendToTab } from '../../utils/messages/client';
import type { CollectProgress } from '../../utils/messages/protocol';
import { useUiLanguage } from '../common/i18n';
import { useResearchT } from './research-messages';

const POLL_MS = 250;

/**
 * "Collect the posts on this page": the page reads and sends its posts in slices (app/content/posts/page-job.ts);
 * the popup starts the job, draws its progress and offers Cancel. Closing the popup lets the job finish.
 */
export function CollectPage({ tabId, count }: { tabId: number; count: number }) {
  const r = useResearchT();
  const zh = useUiLanguage() === 'zh-CN';
  const [p, setP] = useState<CollectProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setInterval>>();

  const poll = () => {
    clearInterval(timer.current);
    timer.current = setInterval(async () => {
      const res = await sendToTab(tabId, { type: 'posts:collect-progress' });
      if (!res.ok) return;
      setP(res);
      if (res.state !== 'running') clearInterval(timer.current);
    }, POLL_MS);
  };
  useEffect(() => {
    // A job started from an earlier popup may still be running: show it.
    void sendToTab(tabId, { type: 'posts:collect-progress' }).then((res) => {
      if (res.ok && res.state === 'running') {
        setP(res);
        poll();
      }
    });
    return () => clearInterval(timer.current);
  }, [tabId]);

  const start = async () => {
    setError(null);
    const res = await sendToTab(tabId, { type: 'posts:collect-page' });
    if (!res.ok) {
      setError(zh ? res.error.messageZh : res.error.messageEn);
      return;
    }
    setP(res);
    poll();
  };
  const cancel = async () => {
    const res = await sendToTab(tabId, { type: 'posts:collect-cancel' });
    if (res.ok) setP(res);
  };

  const running = p?.state === 'running';
  const handled = p ? p.done + p.skipped : 0;
  return (
    <section aria-labelledby="collect-page-h" class="collect-page" data-role="collect-page">
      <h3 id="collect-page-h" class="sr-only">
        {r('collect.page', { count })}
      </h3>
      {!running && (
        <button type="button" data-role="collect-page-start" onClick={() => void start()}>
          {r('collect.page', { count })}
        </button>
      )}
      {p && p.state !== 'idle' && (
        <div class="collect-progress" data-state={p.state}>
          <progress
            data-role="collect-progress"
            max={Math.max(1, p.total)}
            value={handled}
            aria-label={r('collect.progress')}
          />
          <p role="status" aria-live="polite" data-role="collect-status">
            {p.state === 'running'
              ? r('collect.running', { done: handled, total: p.total })
              : p.state === 'done'
                ? r('collect.done', { done: p.done, added: p.added })
                : p.state === 'cancelled'
                  ? r('collect.cancelled', { done: p.done })
                  : r('collect.failed', { message: (zh ? p.error?.messageZh : p.error?.messageEn) ?? '' })}
          </p>
          {running && (
            <button type="button" class="quiet" data-role="collect-page-cancel" onClick={() => void cancel()}>
              {r('collect.cancel')}
            </button>
          )}
        </div>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
