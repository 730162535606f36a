import { buildTermDictionary } from '../utils/concepts/terms';
import { launchBench } from './bench/launch';
import { FIRST_PAINT_PROBE } from './bench/page-scripts';
import { extraPagesFor, writeScanPages } from './bench/scan';

const pages = writeScanPages([{ label: '100kb', bytes: 100_000 }], buildTermDictionary());
const session = await launchBench(extraPagesFor(pages));
const page = pages[0];
if (!page) throw new Error('no page');
for (let i = 0; i < 6; i++) {
  const p = await session.context.newPage();
  await p.addInitScript(FIRST_PAINT_PROBE);
  await p.goto(page.weiboUrl, { waitUntil: 'domcontentloaded' });
  await p.waitForFunction('window.__firstPaint && window.__firstPaint.frame > 0', undefined, { timeout: 15_000 });
  await p.waitForTimeout(300);
  const r = await p.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const dcl = nav.domContentLoadedEventStart;
    const marks = performance
      .getEntriesByType('mark')
      .map((m) => `${m.name}=${(m.startTime - dcl).toFixed(1)}`)
      .join(' ');
    const paint = performance.getEntriesByType('paint').map((m) => `${m.name}=${(m.startTime - dcl).toFixed(1)}`);
    const fp = (window as unknown as { __firstPaint: { frame: number } }).__firstPaint.frame - dcl;
    return `frame=${fp.toFixed(1)} domInteractive=${(nav.domInteractive - dcl).toFixed(1)} load=${(nav.loadEventStart - dcl).toFixed(1)} ${marks} ${paint.join(' ')}`;
  });
  console.log(r);
  await p.close();
}
await session.close();
