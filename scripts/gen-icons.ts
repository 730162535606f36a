/**
 * Draws the toolbar icon (a lens over a speech mark) at 16/32/48/128 px into public/icon/.
 * Run once with `npx tsx scripts/gen-icons.ts`; the PNGs are committed. No image library needed:
 * the shapes are signed-distance tests, anti-aliased by 4x4 supersampling.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

const NAVY: Rgba = [27, 54, 93, 255];
const GOLD: Rgba = [232, 170, 40, 255];
const GLASS: Rgba = [236, 244, 252, 255];

/** Colour at a point of the unit square (0..1), or null for transparent. */
function shade(u: number, v: number): Rgba | null {
  const cx = 0.42;
  const cy = 0.42;
  const d = Math.hypot(u - cx, v - cy);
  // Handle: a thick segment from the ring towards the bottom-right corner.
  const t = Math.max(0, Math.min(1, ((u - 0.66) * Math.SQRT1_2 + (v - 0.66) * Math.SQRT1_2) / 0.3));
  const hx = 0.66 + t * 0.3 * Math.SQRT1_2;
  const hy = 0.66 + t * 0.3 * Math.SQRT1_2;
  if (Math.hypot(u - hx, v - hy) < 0.085 && u + v > 1.25) return NAVY;
  if (d < 0.36 && d > 0.27) return NAVY;
  if (d <= 0.27) {
    // A gold highlight bar across the glass: the "highlighted term".
    if (Math.abs(v - cy) < 0.07 && Math.abs(u - cx) < 0.2) return GOLD;
    return GLASS;
  }
  return null;
}

function icon(size: number): Buffer {
  const n = 4;
  return png(size, (x, y) => {
    let r = 0;
    let g = 0;
    let b = 0;
    let a = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const c = shade((x + (i + 0.5) / n) / size, (y + (j + 0.5) / n) / size);
        if (!c) continue;
        r += c[0];
        g += c[1];
        b += c[2];
        a += 1;
      }
    }
    if (a === 0) return [0, 0, 0, 0];
    return [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (n * n))];
  });
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, icon(size));
console.log('icons written to public/icon/');
