/** Summaries of V8 `.cpuprofile` files (from `node --cpu-prof`): where the samples fell. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Where a frame's code lives: `pkg:name`, a project file, `build:chunk` (pages, components
 * and src/ code as Astro bundled them for prerendering), `node:…`, or a V8 category.
 */
function owner(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const chunk = /\.prerender\/(?:chunks\/)?(.+?)(?:[._][\w-]{8})?\.mjs$/.exec(url);
  if (chunk) return `build:${chunk[1]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return `pkg:${pkg[1]}`;
  if (url.startsWith('node:')) return url.replace(/^(node:internal\/[^/]+).*/, '$1');
  const project = /\/(src|bench|\.astro|dist|node_modules\/\.astro)\/(.*)$/.exec(url);
  return project ? `${project[1]}/${project[2]}` : url.replace(/^file:\/\//, '');
}

function frameKey(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${owner(url, functionName)}:${lineNumber + 1}`;
}

/** Self time per owner and per function, and inclusive time per function, in ms. */
export function profileTotals(profile: Profile): { total: number; byOwner: Map<string, number>; selfByFunction: Map<string, number>; inclusive: Map<string, number> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, index) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const byOwner = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of selfTime) {
    const node = byId.get(id);
    if (!node) continue;
    total += ms;
    add(byOwner, owner(node.callFrame.url, node.callFrame.functionName), ms);
    add(selfByFunction, frameKey(node), ms);
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const key = frameKey(byId.get(current) as ProfileNode);
      if (!seen.has(key)) add(inclusive, key, ms);
      seen.add(key);
    }
  }
  return { total, byOwner, selfByFunction, inclusive };
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function topLines(map: Map<string, number>, total: number, count: number, filter: (key: string) => boolean = () => true): string[] {
  return [...map]
    .filter(([key]) => filter(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`);
}

/** A text report over every `.cpuprofile` in `dir` (one per thread), largest first. */
export function summarizeProfiles(dir: string, count = 25): string {
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  return files
    .map((name) => {
      const totals = profileTotals(JSON.parse(readFileSync(join(dir, name), 'utf8')) as Profile);
      return { name, totals };
    })
    .sort((a, b) => b.totals.total - a.totals.total)
    .map(({ name, totals }) =>
      [
        `== ${name}: ${(totals.total / 1000).toFixed(1)} s sampled`,
        '-- self time by package / file',
        ...topLines(totals.byOwner, totals.total, count),
        '-- inclusive time, project code (src/, bench/, and its bundled build: chunks)',
        ...topLines(totals.inclusive, totals.total, count, (key) => / (src\/|bench\/|build:)/.test(key)),
      ].join('\n'),
    )
    .join('\n\n');
}

if (import.meta.main) {
  const [dir, count] = process.argv.slice(2);
  if (!dir) throw new Error('usage: node bench/lib/cpu-profile.ts DIR [COUNT]');
  console.log(summarizeProfiles(dir, count ? Number(count) : 25));
}
