import { describe, expect, it } from 'vitest';
import { fillFor, luminance, parseColor } from './blend';

describe('parseColor', () => {
  it('reads the forms computed styles and our settings use', () => {
    expect(parseColor('#fde68a')).toEqual({ r: 253, g: 230, b: 138, a: 1 });
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('#00000080')?.a).toBeCloseTo(0.5, 2);
    expect(parseColor('rgb(17, 24, 39)')).toEqual({ r: 17, g: 24, b: 39, a: 1 });
    expect(parseColor('rgba(255, 200, 0, 0.35)')).toEqual({ r: 255, g: 200, b: 0, a: 0.35 });
    expect(parseColor('rgb(255 200 0 / 50%)')).toEqual({ r: 255, g: 200, b: 0, a: 0.5 });
    expect(parseColor('hotpink')).toBeNull();
  });

  it('orders luminance from black to white', () => {
    expect(luminance({ r: 0, g: 0, b: 0, a: 1 })).toBe(0);
    expect(luminance({ r: 255, g: 255, b: 255, a: 1 })).toBeCloseTo(1, 5);
  });
});

describe('fillFor', () => {
  it('multiplies over dark text (light pages): the paper takes the colour, the glyphs stay dark', () => {
    expect(fillFor('#fde68a', 'rgb(31, 41, 55)')).toEqual({
      background: 'rgb(253, 230, 138)',
      blend: 'multiply',
      opacity: 1,
    });
  });

  it('screens a darkened tint over light text (dark pages): the glyphs stay light', () => {
    const f = fillFor('#fde68a', 'rgb(229, 231, 235)');
    expect(f.blend).toBe('screen');
    expect(f.background).toBe('rgb(114, 104, 62)');
  });

  it('falls back to a translucent fill for a colour it cannot read', () => {
    expect(fillFor('hotpink', 'rgb(0, 0, 0)')).toEqual({ background: 'hotpink', blend: 'normal', opacity: 0.4 });
  });
});
