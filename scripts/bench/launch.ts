/**
 * tests/support/browser.ts's launchExtension, from a private copy of the built extension: other builds of the
 * working tree (e.g. an e2e run) rewrite .output/chrome-mv3 and would pull files out from under a benchmark that
 * runs for minutes.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoPage } from '../../demo/pages';
import { EXTENSION_DIR, type ExtensionSession, launchExtension } from '../../tests/support/browser';

/** Copies the built extension once its manifest is there (waits out a build in progress). */
export async function snapshotExtension(timeoutMs = 120_000): Promise<string> {
  const t0 = Date.now();
  while (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npx wxt build\``);
    await new Promise((r) => setTimeout(r, 2000));
  }
  // A build writes the manifest last; give its last files a moment.
  await new Promise((r) => setTimeout(r, 1000));
  const dir = mkdtempSync(join(tmpdir(), 'diplolens-bench-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  if (!existsSync(join(dir, 'content-scripts', 'content.js'))) throw new Error('Incomplete extension build copied');
  return dir;
}

export interface BenchSession extends ExtensionSession {
  /** The private copy of the extension this browser loaded. */
  extensionDir: string;
  /** The text of one of its files (a path inside the extension), for quoting profiled functions. */
  source(path: string): string | undefined;
}

export async function launchBench(extraPages: DemoPage[] = []): Promise<BenchSession> {
  const extensionDir = await snapshotExtension();
  const session = await launchExtension({ extensionDir, extraPages });
  return {
    ...session,
    extensionDir,
    source(path) {
      const file = join(extensionDir, path);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    },
    async close() {
      await session.close();
      rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}
