/**
 * `web-ext lint` of the Firefox build as addons.mozilla.org runs it (not --self-hosted): no errors, no notices,
 * and no warnings except three library `innerHTML` assignments that DiploLens never reaches: Preact's own, which
 * only `dangerouslySetInnerHTML` reaches (banned in our code by Biome's security/noDangerouslySetInnerHtml); d3-
 * selection's `selection.html()`, bundled with Observable Plot on the Insights page, which Plot never calls; and
 * Citation.js's legacy `Cite#get` DOM output, which our citation code never calls (it uses `Cite#format`).
 * Removing them would mean rewriting the libraries' code at install or build time; see README ("Firefox and
 * addons.mozilla.org"). Any other warning fails.
 *
 * Usage: tsx scripts/lint-firefox.ts [extension folder]   (default: the firefox-mv2 build)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  notices: LintMessage[];
  warnings: LintMessage[];
}

/** True when a warning is Preact's `dom.innerHTML = newHtml.__html` (its dangerouslySetInnerHTML path). */
export function isPreactInnerHtml(w: LintMessage, source: string): boolean {
  if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.message.includes('innerHTML') || !w.line) return false;
  const line = source.split('\n')[w.line - 1] ?? '';
  const at = w.column ?? 0;
  const around = line.slice(Math.max(0, at - 400), at + 120);
  return /\.innerHTML\s*=\s*[\w$]+\.__html/.test(around) && around.includes('dangerouslySetInnerHTML');
}

/** d3-selection's html(): `function(){this.innerHTML=""}` and the setters beside it (never called by Plot). */
export function isD3SelectionHtml(w: LintMessage, source: string): boolean {
  if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.message.includes('innerHTML') || !w.line) return false;
  const line = source.split('\n')[w.line - 1] ?? '';
  const at = w.column ?? 0;
  const around = line.slice(Math.max(0, at - 60), at + 60);
  return (
    /function [\w$]+\([\w$]*\)\{(?:var [\w$]+=[\w$]+\.apply\(this,arguments\);)?this\.innerHTML=/.test(around) ||
    /return function\(\)\{(?:var [\w$]+=[\w$]+\.apply\(this,arguments\);)?this\.innerHTML=/.test(around)
  );
}

/** Citation.js's legacy `Cite#get({ format: 'real', type: 'html' })`: parses its own output into a detached div. */
export function isCitationJsGet(w: LintMessage, source: string): boolean {
  if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.message.includes('innerHTML') || !w.line) return false;
  const line = source.split('\n')[w.line - 1] ?? '';
  const at = w.column ?? 0;
  const around = line.slice(Math.max(0, at - 200), at + 80);
  return /document\.createElement\("div"\);return [\w$]+\.innerHTML=[\w$]+,[\w$]+\.firstChild/.test(around);
}

const KNOWN_LIBRARY_WARNINGS = [isPreactInnerHtml, isD3SelectionHtml, isCitationJsGet];

export function judge(report: LintReport, readSource: (file: string) => string): string[] {
  const problems = [
    ...report.errors.map((e) => `error ${e.code} ${e.file ?? ''}:${e.line ?? ''} ${e.message}`),
    ...report.notices.map((n) => `notice ${n.code} ${n.file ?? ''}:${n.line ?? ''} ${n.message}`),
  ];
  for (const w of report.warnings) {
    const file = w.file;
    if (file && KNOWN_LIBRARY_WARNINGS.some((known) => known(w, readSource(file)))) continue;
    problems.push(`warning ${w.code} ${w.file ?? ''}:${w.line ?? ''}:${w.column ?? ''} ${w.message}`);
  }
  return problems;
}

function main(): void {
  const dir = resolve(process.argv[2] ?? join(ROOT, process.env.DIPLOLENS_OUT_DIR || '.output', 'firefox-mv2'));
  const webExt = join(ROOT, 'node_modules', '.bin', 'web-ext');
  let out: string;
  try {
    out = execFileSync(webExt, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (err) {
    // web-ext exits non-zero when there are errors; its JSON report is still on stdout.
    out = String((err as { stdout?: string }).stdout ?? '');
    if (!out) throw err;
  }
  const report = JSON.parse(out) as LintReport;
  const problems = judge(report, (file) => readFileSync(join(dir, file), 'utf8'));
  const known = report.warnings.length - problems.filter((p) => p.startsWith('warning')).length;
  console.log(
    `web-ext lint ${dir}: ${report.summary.errors} errors, ${report.summary.notices} notices, ` +
      `${report.summary.warnings} warnings (${known} are library innerHTML paths we never reach: Preact, d3-selection, Citation.js)`,
  );
  for (const p of problems) console.error(`  ${p}`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
