/**
 * The built extension's text files are what Chrome accepts: valid UTF-8 with no Unicode noncharacter (Chrome
 * refuses to load a content script holding one, e.g. a raw U+FFFF from minified Dexie), and Chinese kept as UTF-8
 * rather than 6-byte escapes (see scripts/build/utf8-output.ts). The other e2e files prove the scripts then run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasRefusedCharacters } from '../../scripts/build/utf8-output';
import { EXTENSION_DIR } from '../support/browser';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('the built extension', () => {
  const textFiles = filesUnder(EXTENSION_DIR).filter((f) => /\.(?:m?js|html|json)$/.test(f));

  it('has its scripts, pages and JSON', () => {
    const names = textFiles.map((f) => relative(EXTENSION_DIR, f));
    expect(names).toContain('content-scripts/content.js');
    expect(names).toContain('background.js');
    expect(names).toContain('manifest.json');
    expect(names.some((n) => n.endsWith('.html'))).toBe(true);
  });

  it('is valid UTF-8 without noncharacters in every .js, .html and .json file', () => {
    const bad: string[] = [];
    for (const file of textFiles) {
      const name = relative(EXTENSION_DIR, file);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
      } catch {
        bad.push(`${name}: not valid UTF-8`);
        continue;
      }
      const at = text.search(/[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uDBFF][\uDFFE\uDFFF]/);
      if (at >= 0 || hasRefusedCharacters(text))
        bad.push(`${name}: noncharacter near ${JSON.stringify(text.slice(at - 40, at + 10))}`);
    }
    expect(bad).toEqual([]);
  });

  it('keeps Chinese text in the content script as UTF-8, not \\u escapes', () => {
    const content = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'content.js'), 'utf8');
    expect(content).toContain('数字外交');
    expect(content).not.toMatch(/\\u6570\\u5b57/i); // 数字 escaped
  });
});
