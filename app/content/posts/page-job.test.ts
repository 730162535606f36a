import { describe, expect, it, vi } from 'vitest';
import { makePostDraft, weiboContext } from '../../../utils/posts/fixtures';
import type { PostDraft } from '../../../utils/posts/types';
import { BATCH, createPageJob } from './page-job';

function roots(n: number): Element[] {
  return Array.from({ length: n }, (_, i) => {
    const el = document.createElement('div');
    el.dataset.i = String(i);
    document.body.append(el);
    return el;
  });
}

const draftOf = (el: Element): PostDraft | null =>
  el.getAttribute('data-i') === '3'
    ? null
    : makePostDraft({
        context: weiboContext({
          postId: `P${el.getAttribute('data-i')}`,
          permalink: `https://weibo.com/1/P${el.getAttribute('data-i')}`,
        }),
      });

describe('collecting the posts on a page', () => {
  it('reads every post in slices, sends batches, and reports progress', async () => {
    const els = roots(60);
    const sent: number[] = [];
    let clock = 0;
    const yields = vi.fn(async () => undefined);
    const finished = vi.fn();
    const job = createPageJob({
      roots: () => els,
      read: (el) => {
        clock += 1; // each post costs 1 ms
        return draftOf(el);
      },
      send: async (batch) => {
        sent.push(batch.length);
        return { ok: true, value: batch.map((d, i) => ({ key: d.context.permalink, created: i % 2 === 0 })) };
      },
      onFinish: finished,
      now: () => clock,
      yieldFn: yields,
    });
    expect(job.start()).toMatchObject({ state: 'running', total: 60 });
    await vi.waitFor(() => expect(finished).toHaveBeenCalled());
    expect(job.progress()).toMatchObject({ state: 'done', total: 60, done: 59, skipped: 1 });
    expect(sent.every((n) => n <= BATCH)).toBe(true);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(59);
    // An 8 ms budget at 1 ms a post: it gave the page the thread back every 8 posts.
    expect(yields.mock.calls.length).toBeGreaterThanOrEqual(7);
  });

  it('stops on cancel between two posts; what was sent stays', async () => {
    const els = roots(100);
    const finished = vi.fn();
    let job: ReturnType<typeof createPageJob> | null = null;
    let n = 0;
    job = createPageJob({
      roots: () => els,
      read: (el) => {
        if (++n === 30) job?.cancel();
        return draftOf(el);
      },
      send: async (batch) => ({ ok: true, value: batch.map((d) => ({ key: d.context.permalink, created: true })) }),
      onFinish: finished,
    });
    job.start();
    await vi.waitFor(() => expect(finished).toHaveBeenCalled());
    const p = job.progress();
    expect(p.state).toBe('cancelled');
    expect(p.done + p.skipped).toBeLessThan(40);
  });

  it('reports a refusal from the background and stops', async () => {
    const finished = vi.fn();
    const job = createPageJob({
      roots: () => roots(30),
      read: draftOf,
      send: async () => ({ ok: false, error: { code: 'quota', messageZh: '满', messageEn: 'full' } }),
      onFinish: finished,
    });
    job.start();
    await vi.waitFor(() => expect(finished).toHaveBeenCalled());
    expect(job.progress()).toMatchObject({ state: 'failed', done: 0 });
    expect(job.progress().error?.messageEn).toBe('full');
  });
});
