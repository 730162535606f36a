/**
 * Where DiploLens's time goes on a page: a CPU profile (CDP Profiler, one extra load, not one of the timed runs)
 * reduced to our script's self time per function and the longest uninterrupted stretch of our code. Long-task and
 * long-animation-frame entries do not attribute extension scripts, so the profile is how we tell our tasks apart.
 */

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  /** Milliseconds of samples whose stack holds a frame of ours. */
  ownMs: number;
  /** Longest run of consecutive samples inside our code (≈ our longest uninterrupted task), ms. */
  longestOwnRunMs: number;
  /** Our functions by self time (their own frames, plus native work they triggered such as layout). */
  top: { name: string; selfMs: number; snippet?: string }[];
  /** The same breakdown inside the longest uninterrupted run only: what made it long. */
  longestRunTop: { name: string; selfMs: number; snippet?: string }[];
}

const isOurs = (url: string, prefix: string) => url.startsWith(prefix);

/** Reduces a profile to our share; `prefix` is the extension's origin (chrome-extension://<id>/). */
export function summarizeProfile(
  profile: CpuProfile,
  prefix: string,
  topN = 12,
  /** The source of one of our files (path after the prefix), to quote each function's first characters. */
  source?: (path: string) => string | undefined,
): ProfileSummary {
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  // A node is "ours" if it or an ancestor is a frame of our script; its "owner" is the nearest such frame.
  const owner = new Map<number, ProfileNode | null>();
  const ownerOf = (id: number): ProfileNode | null => {
    const known = owner.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    let result: ProfileNode | null = null;
    if (node && isOurs(node.callFrame.url, prefix)) result = node;
    else {
      const p = parent.get(id);
      result = p === undefined ? null : ownerOf(p);
    }
    owner.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<string, number>();
  const frames = new Map<string, CallFrame>();
  let ownUs = 0;
  let run = 0;
  let runStart = 0;
  let longest = 0;
  let longestRange: [number, number] = [0, 0];
  const nameOf = (f: CallFrame) =>
    `${f.functionName || '(anonymous)'} ${f.url.slice(prefix.length)}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  // The delta before sample i+1 is the time sample i stood for.
  const dtAt = (i: number) => deltas[i + 1] ?? 0;
  for (let i = 0; i < samples.length; i++) {
    const dt = dtAt(i);
    const o = ownerOf(samples[i] as number);
    if (o) {
      if (run === 0) runStart = i;
      ownUs += dt;
      run += dt;
      if (run > longest) {
        longest = run;
        longestRange = [runStart, i + 1];
      }
      const name = nameOf(o.callFrame);
      self.set(name, (self.get(name) ?? 0) + dt);
      frames.set(name, o.callFrame);
    } else {
      run = 0;
    }
  }
  const inRun = new Map<string, number>();
  for (let i = longestRange[0]; i < longestRange[1]; i++) {
    const o = ownerOf(samples[i] as number);
    if (!o) continue;
    const name = nameOf(o.callFrame);
    inRun.set(name, (inRun.get(name) ?? 0) + dtAt(i));
  }
  const rank = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => {
        const snippet = snippetOf(frames.get(name), prefix, source);
        return snippet === undefined ? { name, selfMs: us / 1000 } : { name, selfMs: us / 1000, snippet };
      });
  return { ownMs: ownUs / 1000, longestOwnRunMs: longest / 1000, top: rank(self, topN), longestRunTop: rank(inRun, 5) };
}

/** The first characters of a minified function, so a reader can find it in the source. */
function snippetOf(
  f: CallFrame | undefined,
  prefix: string,
  source: ((path: string) => string | undefined) | undefined,
): string | undefined {
  if (!f || !source || f.lineNumber < 0) return undefined;
  const text = source(f.url.slice(prefix.length));
  const line = text?.split('\n')[f.lineNumber];
  if (line === undefined) return undefined;
  return line.slice(f.columnNumber, f.columnNumber + 90);
}
