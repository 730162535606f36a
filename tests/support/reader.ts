/**
 * What the scenarios do as a reader, on any browser behind the driver: open demo pages, read highlights, hover and
 * click DiploLens's UI (through its stable `data-role` hooks), open the popup and options pages, and read the
 * extension's own `diplolens` IndexedDB database.
 */
import { ARM_MS } from '../../utils/guard/activation';
import type { NoteRecord } from '../../utils/notes/types';
import { demoPage } from './browser';
import type { BrowserSession, DriverPage, Point } from './driver/types';
import {
  highlightPointIn,
  highlightSize,
  highlightTexts,
  PAINTED_GROUPS_FN,
  PAINTED_POINT_FN,
  type PaintedGroup,
  pageSeesUiHostIn,
  type SlotReport,
  scrollTimelineTo,
  selectAcrossIn,
  selectTextIn,
  textUnderBoxes,
  timelineSlots,
} from './in-page';

export const TERM = 'diplolens-term';

export async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean, timeout: number): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function openDemo(session: BrowserSession, id: string, label = id): Promise<DriverPage> {
  return session.open(demoPage(id).url, label);
}

export function readHighlights(page: DriverPage, name = TERM): Promise<string[]> {
  return page.evaluate(highlightTexts, name);
}

/** Waits until at least `min` ranges are painted in a highlight; throws after `timeout`. */
export async function waitForHighlights(page: DriverPage, min = 1, name = TERM, timeout = 15_000): Promise<void> {
  const n = await poll(
    () => page.evaluate(highlightSize, name),
    (size) => size >= min,
    timeout,
  );
  if (n < min) throw new Error(`${page.label}: ${n} ranges in ${name} after ${timeout} ms, wanted ${min}`);
}

/** Polls a highlight until it equals `want` (or contains it); returns what was last painted. */
export function waitForPainted(page: DriverPage, name: string, want: string[], timeout = 8_000): Promise<string[]> {
  return poll(
    () => readHighlights(page, name),
    (got) => JSON.stringify(got) === JSON.stringify(want),
    timeout,
  );
}

export function highlightPoint(page: DriverPage, n = 0, name = TERM): Promise<Point | null> {
  return page.evaluate(highlightPointIn, [name, n] as const);
}

export function readSlots(page: DriverPage, name = TERM): Promise<SlotReport[]> {
  return page.evaluate(timelineSlots, name);
}

export function mismatches(slots: SlotReport[]): SlotReport[] {
  return slots.filter((s) => JSON.stringify(s.painted) !== JSON.stringify(s.expected));
}

/** Polls until every timeline slot's highlights equal its post's expected terms; returns the last mismatches. */
export async function waitForSlotsRight(page: DriverPage, timeout = 5_000): Promise<SlotReport[]> {
  return mismatches(
    await poll(
      () => readSlots(page),
      (s) => mismatches(s).length === 0,
      timeout,
    ),
  );
}

export function scrollToPost(page: DriverPage, index: number): Promise<void> {
  return page.evaluate(scrollTimelineTo, index);
}

export function selectAcross(page: DriverPage, rootSel: string, spanSel: string, before = 4, after = 4) {
  return page.evaluate(selectAcrossIn, [rootSel, spanSel, before, after] as const);
}

export function selectText(page: DriverPage, rootSel: string, text: string): Promise<void> {
  return page.evaluate(selectTextIn, [rootSel, text] as const);
}

// --- DiploLens's in-page UI (a closed shadow root) ---------------------------------------------------------------

export async function uiHas(page: DriverPage, selector: string): Promise<boolean> {
  return (await page.evalInUi<boolean>(`function (s) { return !!this.querySelector(s); }`, selector)) === true;
}

export async function waitForUi(page: DriverPage, selector: string, timeout = 5_000): Promise<void> {
  const ok = await poll(
    () => uiHas(page, selector),
    (v) => v,
    timeout,
  );
  if (!ok) throw new Error(`${page.label}: UI element ${selector} did not appear`);
}

/**
 * A real mouse click on an element of our UI, at its centre, once scrolled into view and once the panel has stayed
 * put for ARM_MS (before that our guard ignores clicks, as browsers do for permission prompts).
 */
export async function clickInUi(page: DriverPage, selector: string): Promise<void> {
  const refused = () =>
    page.evalInUi<string>(`function () { return this.querySelector('.dl-root')?.getAttribute('data-refused') ?? ''; }`);
  for (let attempt = 0; ; attempt++) {
    await page.wait(ARM_MS + 80);
    const box = await page.evalInUi<Point>(
      `function (sel) {
        const el = this.querySelector(sel);
        if (!el) return null;
        // As a reader scrolls the card to reach a button below its fold.
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }`,
      selector,
    );
    if (!box) throw new Error(`${page.label}: no UI element ${selector}`);
    const before = await refused();
    await page.mouseClick(box);
    // On a loaded machine the panel's visibility may not be confirmed yet: a reader would click again.
    if ((await refused()) === before || attempt >= 3) return;
  }
}

/** Does the page's own script see a DiploLens UI host (a <div> it cannot look into)? */
export function pageSeesUiHost(page: DriverPage): Promise<boolean> {
  return page.evaluate(pageSeesUiHostIn);
}

// --- the note editor (an extension frame in our UI, or its own window) -----------------------------------------

/** Where the editor frame sits in the page's viewport (0,0 when the page is the editor's own window). */
async function editorOffset(page: DriverPage): Promise<Point> {
  if ((await page.url()).includes('/note-editor.html')) return { x: 0, y: 0 };
  const at = await page.evalInUi<Point>(
    `function () {
      const f = this.querySelector('iframe.dl-editor-frame');
      if (!f) return null;
      const r = f.getBoundingClientRect();
      return { x: r.left + f.clientLeft, y: r.top + f.clientTop };
    }`,
  );
  return at ?? { x: 0, y: 0 };
}

/** The centre (or a point `dx` in from the left) of an editor control, in the page's viewport. */
async function editorPoint(page: DriverPage, selector: string, dx?: number): Promise<Point> {
  const box = await page.evalInEditor<{ l: number; t: number; w: number; h: number }>(
    `function (s) {
      const el = this.querySelector(s);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { l: r.left, t: r.top, w: r.width, h: r.height };
    }`,
    selector,
  );
  if (!box) throw new Error(`${page.label}: no editor control ${selector}`);
  const at = await editorOffset(page);
  return { x: at.x + box.l + (dx === undefined ? box.w / 2 : Math.min(dx, box.w / 2)), y: at.y + box.t + box.h / 2 };
}

/** Is the editor showing a form now (its frame not hidden between notes)? */
export async function editorOpen(page: DriverPage): Promise<boolean> {
  const form = await page.evalInEditor<boolean>(
    `function () { const f = this.querySelector('[data-role="note-editor"]'); return !!f && f.getClientRects().length > 0; }`,
  );
  if (!form) return false;
  if ((await page.url()).includes('/note-editor.html')) return true;
  return (
    (await page.evalInUi<boolean>(
      `function () { const f = this.querySelector('iframe.dl-editor-frame'); return !!f && !f.hidden; }`,
    )) === true
  );
}

const editorShownAt = new WeakMap<DriverPage, number>();

/** Waits until the note editor shows its form; remembers when, for the arming delay of its buttons. */
export async function waitForEditor(page: DriverPage, timeout = 8_000): Promise<void> {
  const ok = await poll(
    () => editorOpen(page),
    (v) => v,
    timeout,
  );
  if (!ok) throw new Error(`${page.label}: the note editor did not open`);
  editorShownAt.set(page, Date.now());
}

/** Clicks a control of the editor with the real mouse, once the editor has been on screen for ARM_MS. */
export async function clickInEditor(page: DriverPage, selector: string): Promise<void> {
  const wait = (editorShownAt.get(page) ?? 0) + ARM_MS + 100 - Date.now();
  if (wait > 0) await page.wait(wait);
  for (let attempt = 0; ; attempt++) {
    await page.mouseClick(await editorPoint(page, selector));
    if (attempt >= 3) return;
    // "Not yet" (a loaded machine had not confirmed the editor visible): a reader would click again.
    const notYet = await page.evalInEditor<boolean>(
      `function () { return !!this.querySelector('[data-role="editor-blocked"][data-reason="too-soon"]'); }`,
    );
    if (!notYet) return;
    await page.wait(ARM_MS + 100);
  }
}

/** Types into a field of the editor with real keys: click it, select what is there, type over it. */
export async function typeInEditor(page: DriverPage, selector: string, text: string): Promise<void> {
  await page.mouseClick(await editorPoint(page, selector, 20));
  await page.press('Control+A');
  await page.insertText(text);
}

/** The value of an editor field. */
export async function editorValue(page: DriverPage, selector: string): Promise<string | null> {
  return page.evalInEditor<string>(
    `function (s) { const el = this.querySelector(s); return el ? el.value : null; }`,
    selector,
  );
}

// --- saved notes, painted privately in our closed shadow root --------------------------------------------------

/** The saved passages painted now (of a colour, or all), as the page's text under each note's boxes. */
export async function readPaintedNotes(page: DriverPage, color?: string): Promise<string[]> {
  const groups = await page.evalInUi<PaintedGroup[]>(PAINTED_GROUPS_FN, color ?? null);
  if (!groups || groups.length === 0) return [];
  return page.evaluate(textUnderBoxes, groups);
}

/** Polls the painted notes of a colour until they equal `want`; returns what was last painted. */
export function waitForPaintedNotes(page: DriverPage, color: string, want: string[], timeout = 8_000) {
  return poll(
    () => readPaintedNotes(page, color),
    (got) => JSON.stringify(got) === JSON.stringify(want),
    timeout,
  );
}

/** The centre of the first box of a painted note (of a colour), in viewport coordinates. */
export function paintedNotePoint(page: DriverPage, color?: string): Promise<Point | null> {
  return page.evalInUi<Point>(PAINTED_POINT_FN, color ?? null);
}

/** Types into a field of our UI: focus it there (keystrokes go to the focused element), then type. */
export async function typeInUi(page: DriverPage, selector: string, text: string): Promise<void> {
  await page.evalInUi(
    `function (s) { const el = this.querySelector(s); el.focus(); el.select && el.select(); }`,
    selector,
  );
  await page.insertText(text);
}

export async function uiText(page: DriverPage, selector: string): Promise<string | null> {
  return page.evalInUi<string>(
    `function (s) { const el = this.querySelector(s); return el ? el.textContent : null; }`,
    selector,
  );
}

/** The open concept card, once its content has arrived: its concept id and visible text, or null. */
export function readCard(page: DriverPage): Promise<{ conceptId: string; text: string } | null> {
  return page.evalInUi(
    `function () {
      const card = this.querySelector('[data-role="card"][data-loaded="true"]');
      if (!card) return null;
      return { conceptId: card.getAttribute('data-concept-id') || '', text: card.textContent || '' };
    }`,
  );
}

export async function waitForCard(page: DriverPage, timeout = 5_000): Promise<{ conceptId: string; text: string }> {
  const card = await poll(
    () => readCard(page),
    (c) => c !== null,
    timeout,
  );
  if (!card) throw new Error(`${page.label}: no concept card appeared`);
  return card;
}

// --- the extension's own pages and database ----------------------------------------------------------------------

/** Opens the popup as a tab; `forTab` makes it act on that page, as a toolbar click over it would. */
export async function openPopup(session: BrowserSession, forTab?: DriverPage, label = 'popup'): Promise<DriverPage> {
  const query = forTab ? `?tabId=${await session.tabIdOf(forTab)}` : '';
  return session.openExtensionPage(`popup.html${query}`, label);
}

export function openOptions(session: BrowserSession, hash = '', label = 'options'): Promise<DriverPage> {
  return session.openExtensionPage(`options.html${hash}`, label);
}

/** Every note in the extension's `diplolens` database, read in the extension's own origin. */
export function readDbNotes(session: BrowserSession): Promise<NoteRecord[]> {
  return session.evalInBackground(
    () =>
      new Promise<NoteRecord[]>((resolve, reject) => {
        const req = indexedDB.open('diplolens');
        let fresh = false;
        // No database yet: leave it uncreated (Dexie makes it with its schema) and report no notes.
        req.onupgradeneeded = () => {
          fresh = true;
          req.transaction?.abort();
        };
        req.onerror = () => (fresh ? resolve([]) : reject(req.error));
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('notes', 'readonly');
          const all = tx.objectStore('notes').getAll();
          all.onsuccess = () => {
            resolve(all.result as NoteRecord[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

export function waitForDb(
  session: BrowserSession,
  predicate: (notes: NoteRecord[]) => boolean,
  timeout = 6_000,
): Promise<NoteRecord[]> {
  return poll(() => readDbNotes(session), predicate, timeout);
}

/**
 * Sends a message to every frame of a tab from the extension's background, as the browser does for a keyboard
 * command (Alt+Shift+H arrives as `command:save-highlight`). A test cannot press the browser's own shortcut.
 */
export async function sendToTab(session: BrowserSession, page: DriverPage, message: object): Promise<void> {
  const tabId = await session.tabIdOf(page);
  await session.evalInBackground(
    async (api, [id, msg]) => {
      await api.tabs.sendMessage(id, msg).catch(() => undefined);
    },
    [tabId, message] as const,
  );
}

// --- the extension's pages, by what a reader sees ----------------------------------------------------------------

/**
 * A real click on the button whose visible text (or aria-label) is `name`, once it has stopped moving (a page
 * still rendering its data can shift it between reading its place and clicking there).
 */
export async function clickButton(page: DriverPage, name: string, timeout = 5_000): Promise<void> {
  const find = () =>
    page.evaluate((n: string) => {
      const b = [...document.querySelectorAll('button')].find(
        (x) => x.textContent?.trim() === n || x.getAttribute('aria-label') === n,
      );
      if (!b) return null;
      b.scrollIntoView({ block: 'center' });
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, name);
  const until = Date.now() + timeout;
  let last = await find();
  for (;;) {
    await page.wait(120);
    const now = await find();
    if (now && last && now.x === last.x && now.y === last.y) {
      await page.mouseClick(now);
      return;
    }
    if (Date.now() > until) throw new Error(`${page.label}: no steady button "${name}"`);
    last = now;
  }
}

export function count(page: DriverPage, selector: string): Promise<number> {
  return page.evaluate((s: string) => document.querySelectorAll(s).length, selector);
}

export function textOf(page: DriverPage, selector: string): Promise<string | null> {
  return page.evaluate((s: string) => document.querySelector(s)?.textContent ?? null, selector);
}

export function attrOf(page: DriverPage, selector: string, name: string): Promise<string | null> {
  return page.evaluate(([s, n]) => document.querySelector(s)?.getAttribute(n) ?? null, [selector, name] as const);
}
