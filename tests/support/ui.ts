/**
 * Reaches into DiploLens's in-page UI. It lives in a CLOSED shadow root (so the page cannot read a note being
 * typed), which page scripts and Playwright locators cannot enter; the DevTools protocol can, so tests use it.
 */
import type { CDPSession, Page } from 'playwright-core';
import { highlightPointIn } from './in-page';

export const UI_HOST_TAG = 'diplolens-ui';

interface CdpNode {
  nodeId: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const sessions = new WeakMap<Page, CDPSession>();

async function cdpOf(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

function findHost(node: CdpNode): CdpNode | null {
  if (node.nodeName.toLowerCase() === UI_HOST_TAG) return node;
  for (const child of node.children ?? []) {
    const hit = findHost(child);
    if (hit) return hit;
  }
  return null;
}

/** Runs `fn` with `this` bound to the UI's shadow root, in the page; returns its JSON result (null if no UI). */
export async function evalInUi<T>(page: Page, fn: string, ...args: unknown[]): Promise<T | null> {
  const cdp = await cdpOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const host = findHost(root);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = (await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId })) as {
    object: { objectId?: string };
  };
  if (!object.objectId) return null;
  const res = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value?: T }; exceptionDetails?: { text: string } };
  if (res.exceptionDetails) throw new Error(`evalInUi: ${res.exceptionDetails.text}`);
  return res.result.value ?? null;
}

/** The open concept card, once its content has arrived: its concept id and visible text, or null. */
export async function readCard(page: Page): Promise<{ conceptId: string; text: string } | null> {
  return evalInUi(
    page,
    `function () {
      const card = this.querySelector('[data-role="card"][data-loaded="true"]');
      if (!card) return null;
      return { conceptId: card.getAttribute('data-concept-id') || '', text: card.textContent || '' };
    }`,
  );
}

export async function waitForCard(page: Page, timeout = 5_000): Promise<{ conceptId: string; text: string }> {
  const until = Date.now() + timeout;
  for (;;) {
    const card = await readCard(page);
    if (card) return card;
    if (Date.now() > until) throw new Error('no concept card appeared');
    await page.waitForTimeout(100);
  }
}

/** Clicks an element of our UI by CSS selector (inside the shadow root). */
export async function clickInUi(page: Page, selector: string): Promise<void> {
  const box = await evalInUi<{ x: number; y: number } | null>(
    page,
    `function (sel) {
      const el = this.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }`,
    selector,
  );
  if (!box) throw new Error(`no UI element ${selector}`);
  await page.mouse.click(box.x, box.y);
}

/** The centre of the n-th range of a highlight, in viewport coordinates. */
export async function highlightPoint(
  page: Page,
  n = 0,
  name = 'diplolens-term',
): Promise<{ x: number; y: number } | null> {
  return page.evaluate(highlightPointIn, [name, n] as const);
}

/** Hovers the first visible term and waits for its card; false when there is none. */
export async function openCardOnFirstTerm(page: Page): Promise<boolean> {
  const p = await highlightPoint(page);
  if (!p) return false;
  await page.mouse.move(p.x, p.y);
  try {
    await waitForCard(page);
    return true;
  } catch {
    return false;
  }
}
