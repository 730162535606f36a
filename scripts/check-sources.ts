/**
 * Checks that the Firefox sources archive (made by `npm run zip:firefox`, the one addons.mozilla.org asks for
 * because our code is minified) rebuilds the very extension we ship: it unpacks the archive into a temporary
 * folder, installs it with `npm ci` (offline from the npm cache when it can), builds it with `wxt build -b firefox`
 * and compares every built file, byte for byte, with the shipped Firefox package.
 *
 * Usage: tsx scripts/check-sources.ts   (after `npm run zip:firefox`; DIPLOLENS_OUT_DIR is honoured)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The differences between two folders' files: missing, extra, and differing files. */
export function compareDirs(expected: string, actual: string): string[] {
  const a = listFiles(expected);
  const b = listFiles(actual);
  const inB = new Set(b);
  const inA = new Set(a);
  const diffs: string[] = [];
  for (const f of a) if (!inB.has(f)) diffs.push(`only in the shipped package: ${f}`);
  for (const f of b) if (!inA.has(f)) diffs.push(`only in the rebuild: ${f}`);
  for (const f of a) {
    if (inB.has(f) && !readFileSync(join(expected, f)).equals(readFileSync(join(actual, f))))
      diffs.push(`differs: ${f}`);
  }
  return diffs;
}

export function unzip(zip: string, into: string): void {
  mkdirSync(into, { recursive: true });
  try {
    execFileSync('unzip', ['-q', '-o', zip, '-d', into], { stdio: 'pipe' });
  } catch (err) {
    throw new Error(`could not unzip ${zip} (apt-get install -y unzip): ${String(err)}`);
  }
}

/** Runs a command quietly; its output is shown only when it fails. */
function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, showFailure = true): void {
  try {
    execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    if (showFailure) console.error(`${cmd} ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    throw err;
  }
}

function main(): void {
  const outBase = join(ROOT, process.env.DIPLOLENS_OUT_DIR || '.output');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const sourcesZip = join(outBase, `${pkg.name}-${pkg.version}-sources.zip`);
  const firefoxZip = join(outBase, `${pkg.name}-${pkg.version}-firefox.zip`);
  for (const f of [sourcesZip, firefoxZip]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run \`npm run zip:firefox\` first.`);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'diplolens-sources-'));
  const started = Date.now();
  try {
    const src = join(tmp, 'src');
    unzip(sourcesZip, src);
    // The rebuild must not see this checkout's settings: its own output folder, nothing inherited.
    const env = { ...process.env };
    delete env.DIPLOLENS_OUT_DIR;
    delete env.INIT_CWD;
    const npmArgs = ['ci', '--no-audit', '--no-fund', '--loglevel=error'];
    try {
      run('npm', [...npmArgs, '--offline'], src, env, false);
    } catch {
      console.log('check-sources: not everything is in the npm cache; installing with the registry');
      run('npm', [...npmArgs, '--prefer-offline'], src, env);
    }
    run('npx', ['wxt', 'build', '-b', 'firefox'], src, env);
    const shipped = join(tmp, 'shipped');
    unzip(firefoxZip, shipped);
    const diffs = compareDirs(shipped, join(src, '.output', 'firefox-mv2'));
    const files = listFiles(shipped).length;
    const seconds = Math.round((Date.now() - started) / 1000);
    if (diffs.length > 0) {
      console.error(`check-sources: the sources archive does NOT rebuild the shipped package (${seconds} s):`);
      for (const d of diffs) console.error(`  ${d}`);
      process.exitCode = 1;
    } else {
      console.log(
        `check-sources: ${relative(ROOT, sourcesZip)} rebuilds all ${files} files of the Firefox package (${seconds} s)`,
      );
    }
  } finally {
    if (process.env.DIPLOLENS_KEEP_TMP === '1') console.log(`check-sources: kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
