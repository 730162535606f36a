/**
 * Reaches into DiploLens's in-page UI. It lives in a CLOSED shadow root on a plain <div> host (no name a page could
 * take), which page scripts and Playwright locators cannot enter; the DevTools protocol can, so tests use it. The
 * note editor is an extension frame inside that root (or an extension window): Playwright reaches it as a Frame,
 * and tests drive it like a reader, with real clicks and real keys.
 */
import type { CDPSession, Frame, Page } from 'playwright-core';
import { ARM_MS } from '../../utils/guard/activation';
import {
  highlightPointIn,
  PAINTED_GROUPS_FN,
  PAINTED_POINT_FN,
  type PaintedGroup,
  pageSeesUiHostIn,
  textUnderBoxes,
} from './in-page';

interface CdpNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  shadowRootType?: string;
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

const classOf = (n: CdpNode): string => {
  const a = n.attributes ?? [];
  const i = a.indexOf('class');
  return i >= 0 ? (a[i + 1] ?? '') : '';
};

/** Our host: the element whose closed shadow root holds `.dl-root` (the page cannot tell it from any other div). */
function findHost(node: CdpNode): CdpNode | null {
  const ours = node.shadowRoots?.some(
    (r) => r.shadowRootType === 'closed' && (r.children ?? []).some((c) => /\bdl-root\b/.test(classOf(c))),
  );
  if (ours) return node;
  for (const child of node.children ?? []) {
    const hit = findHost(child);
    if (hit) return hit;
  }
  return null;
}

/** Is our UI host in the page's top document? */
export async function hasUiHost(page: Page): Promise<boolean> {
  const cdp = await cdpOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  return findHost(root) !== null;
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

/**
 * Clicks an element of our UI by CSS selector (inside the shadow root), with the real mouse, as a reader does: once
 * the panel has stayed put for ARM_MS (before that our guard ignores clicks, as browsers do for permission prompts).
 */
export async function clickInUi(page: Page, selector: string): Promise<void> {
  const refused = () =>
    evalInUi<string>(
      page,
      `function () { return this.querySelector('.dl-root')?.getAttribute('data-refused') ?? ''; }`,
    );
  for (let attempt = 0; ; attempt++) {
    await page.waitForTimeout(ARM_MS + 80);
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
    const before = await refused();
    await page.mouse.click(box.x, box.y);
    // On a loaded machine the panel's visibility may not be confirmed yet: a reader would click again.
    const after = await refused();
    if (after === before || attempt >= 3) return;
  }
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

/** The note editor's frame in this page (inside our closed shadow root), once it exists. */
export async function editorFrame(page: Page, timeout = 8_000): Promise<Frame> {
  const until = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => new URL(f.url() || 'about:blank').pathname === '/note-editor.html');
    if (frame) return frame;
    if (Date.now() > until) throw new Error('no note editor frame appeared');
    await page.waitForTimeout(100);
  }
}

const shownAt = new WeakMap<Frame, number>();

/** Waits until the editor (frame or window page) shows a note editor form; returns its frame. */
export async function waitForEditor(target: Page | Frame, timeout = 8_000): Promise<Frame> {
  let frame: Frame;
  if (!('mainFrame' in target)) frame = target;
  else if (target.url().includes('/note-editor.html')) frame = target.mainFrame();
  else frame = await editorFrame(target, timeout);
  await frame.locator('[data-role="note-editor"]').waitFor({ state: 'visible', timeout });
  shownAt.set(frame, Date.now());
  return frame;
}

/** Is the editor showing a form now (not hidden between notes)? */
export async function editorOpen(page: Page): Promise<boolean> {
  const frame = page.frames().find((f) => f.url().includes('/note-editor.html'));
  if (!frame) return false;
  const frameVisible = await evalInUi<boolean>(
    page,
    `function () { const f = this.querySelector('iframe.dl-editor-frame'); return !!f && !f.hidden; }`,
  );
  return Boolean(frameVisible) && (await frame.locator('[data-role="note-editor"]').count()) > 0;
}

/** The page that hosts the editor frame (clicks and keys go through it, as the reader's input does). */
function pageOf(frame: Frame): Page {
  return frame.page();
}

/** Clicks a control of the editor with the real mouse, once the editor has been on screen for ARM_MS. */
export async function clickInEditor(frame: Frame, selector: string, options: { retry?: boolean } = {}): Promise<void> {
  const since = shownAt.get(frame) ?? 0;
  const wait = since + ARM_MS + 100 - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  for (let attempt = 0; ; attempt++) {
    const box = await frame.locator(selector).boundingBox();
    if (!box) throw new Error(`no editor control ${selector}`);
    await pageOf(frame).mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    if (options.retry === false || attempt >= 3) return;
    // "Not yet" (a loaded machine had not confirmed the editor visible): a reader would click again.
    const notYet = frame.locator('[data-role="editor-blocked"][data-reason="too-soon"]');
    if ((await notYet.count().catch(() => 0)) === 0) return;
    await new Promise((r) => setTimeout(r, ARM_MS + 100));
  }
}

/**
 * Types into a field of the editor with real keys: clicks the field, selects what is there, then types. Text a
 * keyboard cannot type key by key (Chinese) is inserted the way an IME commits it.
 */
export async function typeInEditor(frame: Frame, selector: string, text: string): Promise<void> {
  const box = await frame.locator(selector).boundingBox();
  if (!box) throw new Error(`no editor field ${selector}`);
  const page = pageOf(frame);
  await page.mouse.click(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** The value of an editor field. */
export async function editorValue(frame: Frame, selector: string): Promise<string> {
  return frame.locator(selector).inputValue();
}

/**
 * The saved passages DiploLens paints on the page now, as the text under each painted note's boxes (in document
 * order), optionally of one colour. The boxes are in our closed shadow root (read through DevTools); the text
 * under them is read from the page, character by character: this checks the paint is where the passage is.
 */
export async function readPaintedNotes(page: Page, color?: string): Promise<string[]> {
  const groups = await evalInUi<PaintedGroup[]>(page, PAINTED_GROUPS_FN, color ?? null);
  if (!groups || groups.length === 0) return [];
  return page.evaluate(textUnderBoxes, groups);
}

/** Waits until the painted notes (of a colour) equal `want`, or the timeout; returns what is painted. */
export async function waitForPainted(page: Page, want: string[], color?: string, timeout = 8_000): Promise<string[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const got = await readPaintedNotes(page, color);
    if (JSON.stringify(got) === JSON.stringify(want) || Date.now() > until) return got;
    await page.waitForTimeout(120);
  }
}

/** The centre of the first box of a painted note (of a colour), in viewport coordinates. */
export async function paintedNotePoint(page: Page, color?: string): Promise<{ x: number; y: number } | null> {
  return evalInUi<{ x: number; y: number } | null>(page, PAINTED_POINT_FN, color ?? null);
}

/** The error the open note editor shows (frame or window), or null when it shows none or is closed. */
export async function editorError(page: Page, timeout = 0): Promise<string | null> {
  const until = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/note-editor.html'));
    const el = frame?.locator('[data-role="editor-error"]');
    if (el && (await el.count()) > 0 && (await editorOpen(page))) return (await el.first().textContent()) ?? '';
    if (Date.now() >= until) return null;
    await page.waitForTimeout(100);
  }
}

/**
 * Does the page's own script see a DiploLens UI host in this document? What a page can see of us: a <div> child
 * of <html> whose style we pinned with !important (it cannot see inside).
 */
export async function pageSeesUiHost(target: Page | Frame): Promise<boolean> {
  return target.evaluate(pageSeesUiHostIn);
}
