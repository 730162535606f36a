// Notes are sacred: the database lives in the extension's origin. Modules a content script may import must never
// pull in Dexie or the database module, even indirectly.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/^\s*import\s+(?!type\b)[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
}

function closure(entry: string): { local: string[]; packages: string[] } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) todo.push(`${resolve(dirname(file), spec)}.ts`);
      else packages.add(spec);
    }
  }
  return { local: [...seen], packages: [...packages] };
}

describe('content-safe modules', () => {
  it.each([
    join(here, 'protocol.ts'),
    join(here, 'client.ts'),
    join(here, 'posts-client.ts'),
    join(here, '../posts/read.ts'),
    join(here, '../posts/key.ts'),
    join(here, 'listener.ts'),
    join(here, '../anchoring/anchor.ts'),
    join(here, '../anchoring/text-index.ts'),
    join(here, '../anchoring/describe.ts'),
    join(here, '../notes/url.ts'),
  ])('%s never imports Dexie or the database', (entry) => {
    const { local, packages } = closure(entry);
    expect(packages).not.toContain('dexie');
    expect(local.filter((f) => /notes[/\\](db|repo|schema)\.ts$/.test(f))).toEqual([]);
  });
});
