/**
 * Runs a command and measures it: wall time, the peak RSS of its whole process tree
 * (sampled from /proc every 50 ms, summing the resident sets of the process and all its
 * descendants) and the largest single process's peak RSS (`/usr/bin/time -f %M`: exact,
 * but per process). The sampler can miss a peak shorter than its period.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  wallS: number;
  /** Peak of the summed RSS of the process and its descendants, sampled; null without /proc. */
  treeRssMb: number | null;
  /** Peak RSS of the largest single process (kernel accounting); null when unavailable. */
  maxProcessRssMb: number | null;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Sampling period of the process-tree RSS. */
  sampleMs?: number;
}

const TIME = '/usr/bin/time';
const PAGE_BYTES = 4096;
const RSS_WRAPPER = new URL('./report-max-rss.ts', import.meta.url).pathname;

/** Runs `command args` to completion and measures it; never throws on a non-zero exit. */
export async function runMeasured(command: string, args: string[], options: RunOptions = {}): Promise<Measured> {
  const scratch = mkdtempSync(join(tmpdir(), 'news-bench-rss-'));
  const rssFile = join(scratch, 'max-rss');
  const [file, argv, env] = wrapForMaxRss(command, args, rssFile, options.env ?? process.env);
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = child.pid === undefined ? null : sampleTree(child.pid, options.sampleMs ?? 50);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exit) => resolve(exit));
  });
  const wallS = (performance.now() - started) / 1000;
  const treeRssMb = sampler?.stop() ?? null;
  const maxProcessRssMb = readMaxRss(rssFile);
  rmSync(scratch, { recursive: true, force: true });
  return { code, stdout, stderr, wallS, treeRssMb, maxProcessRssMb };
}

/**
 * Wraps the command in `/usr/bin/time -f %M -o FILE` when it exists; otherwise a Node
 * command gets a preload that writes `process.resourceUsage().maxRSS` to FILE on exit.
 */
function wrapForMaxRss(command: string, args: string[], rssFile: string, env: NodeJS.ProcessEnv): [string, string[], NodeJS.ProcessEnv] {
  if (existsSync(TIME)) return [TIME, ['-f', '%M', '-o', rssFile, command, ...args], env];
  if (command === process.execPath) return [command, ['--import', RSS_WRAPPER, ...args], { ...env, BENCH_RSS_FILE: rssFile }];
  return [command, args, env];
}

/** Reads the KB figure written by /usr/bin/time or the wrapper (its last line). */
function readMaxRss(file: string): number | null {
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  const kb = Number(lines.at(-1));
  return Number.isFinite(kb) && kb > 0 ? kb / 1024 : null;
}

/** Samples the summed RSS of `root` and its descendants until stopped; returns the peak in MB. */
function sampleTree(root: number, periodMs: number): { stop(): number | null } | null {
  if (!existsSync(`/proc/${process.pid}/task/${process.pid}/children`)) return null;
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRssBytes(root));
  };
  sample();
  const timer = setInterval(sample, periodMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak > 0 ? peak / 1048576 : null;
    },
  };
}

/** Summed resident bytes of a process and all its descendants, from /proc. */
export function treeRssBytes(root: number): number {
  let total = 0;
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += residentBytes(pid);
    queue.push(...childrenOf(pid));
  }
  return total;
}

/** Child pids from /proc/PID/task/TID/children (one file per thread: any thread may fork). */
function childrenOf(pid: number): number[] {
  try {
    const pids: number[] = [];
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) pids.push(...text.split(' ').map(Number));
    }
    return pids;
  } catch {
    return [];
  }
}

function residentBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
  } catch {
    return 0;
  }
}
