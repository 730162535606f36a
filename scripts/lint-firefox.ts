/**
 * `web-ext lint` of the Firefox build as addons.mozilla.org runs it (not --self-hosted): no errors, no notices,
 * and no warnings except Preact's own `innerHTML` assignment, which only `dangerouslySetInnerHTML` reaches (banned
 * in our code by Biome's security/noDangerouslySetInnerHtml). Removing that warning would mean rewriting Preact's
 * code at install or build time; see README ("Firefox and addons.mozilla.org"). Any other warning fails.
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

export function judge(report: LintReport, readSource: (file: string) => string): string[] {
  const problems = [
    ...report.errors.map((e) => `error ${e.code} ${e.file ?? ''}:${e.line ?? ''} ${e.message}`),
    ...report.notices.map((n) => `notice ${n.code} ${n.file ?? ''}:${n.line ?? ''} ${n.message}`),
  ];
  for (const w of report.warnings) {
    if (w.file && isPreactInnerHtml(w, readSource(w.file))) continue;
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
      `${report.summary.warnings} warnings (${known} are Preact's dangerouslySetInnerHTML path, which we never use)`,
  );
  for (const p of problems) console.error(`  ${p}`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
