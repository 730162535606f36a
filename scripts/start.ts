/**
 * `npm start`: builds the extension, serves the bundled demo pages under their real host names and opens
 * Chromium with DiploLens loaded. With a display: a normal window to use by hand. Without one: a headless walk
 * through the demo pages that writes screenshots to demo-output/.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PAGES } from '../demo/pages';
import { findChromium, launchExtension, ROOT } from '../tests/support/browser';
import { walkDemo } from './demo-walk';

function ensureChromium(): void {
  if (findChromium()) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing it with apt-get (chromium, fonts-wqy-microhei)…');
    execSync('apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei', { stdio: 'inherit' });
    return;
  }
  console.error('DiploLens needs Chromium. Install it with:\n  sudo apt-get install -y chromium fonts-wqy-microhei');
  process.exit(1);
}

function build(): void {
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: ROOT });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function interactive(): Promise<void> {
  const session = await launchExtension({ headless: false });
  for (const demo of DEMO_PAGES) {
    const page = await session.context.newPage();
    await page.goto(demo.url);
  }
  console.log('DiploLens is running on the demo pages. Close the browser window to stop.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
}

async function walkthrough(): Promise<void> {
  const shots = await walkDemo({ outDir: join(ROOT, 'demo-output') });
  console.log('\nScreenshots written:');
  for (const s of shots) console.log(`  ${s.path}`);
}

ensureChromium();
build();
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.HEADLESS !== '1';
await (hasDisplay ? interactive() : walkthrough());
