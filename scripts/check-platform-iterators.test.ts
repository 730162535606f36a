import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { contentScriptProgram, findPlatformIteration } from './check-platform-iterators';

function check(source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'diplolens-iter-'));
  try {
    const file = join(dir, 'sample.ts');
    writeFileSync(file, source);
    const program = ts.createProgram({
      rootNames: [file],
      // With @types/node as the project has it: it merges its own URLSearchParams, Headers … into the globals.
      options: {
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        strict: true,
        noEmit: true,
        types: ['node'],
        typeRoots: [join(process.cwd(), 'node_modules/@types')],
      },
    });
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error('no source');
    return findPlatformIteration(program, [sf]).map((f) => `${f.line} ${f.receiver}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('platform iterators in content-script code (they throw in Firefox content scripts)', () => {
  it('finds spreading, Array.from, for…of, new Map/Set and destructuring of a platform iterator', () => {
    const found = check(`
      const u = new URL('https://example.com/?a=1');
      const a = [...u.searchParams.entries()];
      const b = Array.from(new Headers().keys());
      for (const v of document.body.classList.values()) console.log(v);
      const m = new Map(new FormData().entries());
      const [first] = document.querySelectorAll('p').entries();
      console.log(a, b, m, first);
    `);
    expect(found).toEqual([
      '3 URLSearchParams',
      '4 Headers',
      '5 DOMTokenList',
      '6 FormData',
      '7 NodeListOf<HTMLParagraphElement>',
    ]);
  });

  it("leaves JavaScript's own collections and forEach alone", () => {
    const found = check(`
      const map = new Map<string, number>([['a', 1]]);
      const set = new Set([1]);
      const x = [...map.entries(), ...set.values(), ...[1, 2].keys(), ...Object.entries({ a: 1 })];
      for (const k of map.keys()) console.log(k, x);
      new URLSearchParams('a=1').forEach((v, k) => console.log(k, v));
      for (const el of document.querySelectorAll('p')) console.log(el);
    `);
    expect(found).toEqual([]);
  });

  it('the code the content script runs has none', () => {
    const { program, files } = contentScriptProgram();
    // The content script's own modules, not only its entry point.
    expect(files.length).toBeGreaterThan(20);
    expect(findPlatformIteration(program, files)).toEqual([]);
  }, 60_000);
});
