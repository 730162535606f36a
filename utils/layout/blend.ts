/**
 * How a saved passage's box is blended over the page's text so the text stays readable: on dark text (a light
 * page) `multiply` tints the paper and leaves the glyphs dark; on light text (a dark page) `screen` with a darkened
 * tint lifts the paper a little and leaves the glyphs light. Pure: colour strings in, a fill out.
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses #rgb, #rrggbb, #rrggbbaa, rgb() and rgba() (what computed styles and our settings give); null otherwise. */
export function parseColor(input: string): Rgb | null {
  const s = input.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(s)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    if (full.length !== 6 && full.length !== 8) return null;
    const n = (i: number) => Number.parseInt(full.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+)(%?))?\s*\)$/.exec(s);
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : Number(fn[4]) / (fn[5] === '%' ? 100 : 1);
    return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: alpha };
  }
  return null;
}

/** Relative luminance (WCAG), 0 black … 1 white. */
export function luminance(c: Rgb): number {
  const ch = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
}

export interface Fill {
  background: string;
  blend: 'multiply' | 'screen' | 'normal';
  opacity: number;
}

const DARK_TINT = 0.45;

/**
 * The fill for a note colour over text of colour `textColor` (a computed `color`). Light text means a dark page.
 * A colour we cannot parse is laid on translucent, which is readable on both.
 */
export function fillFor(noteColor: string, textColor: string): Fill {
  const note = parseColor(noteColor);
  if (!note) return { background: noteColor, blend: 'normal', opacity: 0.4 };
  const text = parseColor(textColor);
  const darkPage = text !== null && text.a > 0 && luminance(text) > 0.5;
  if (!darkPage) return { background: `rgb(${note.r}, ${note.g}, ${note.b})`, blend: 'multiply', opacity: note.a };
  const d = (v: number) => Math.round(v * DARK_TINT);
  return { background: `rgb(${d(note.r)}, ${d(note.g)}, ${d(note.b)})`, blend: 'screen', opacity: note.a };
}
