/**
 * Runs a command and measures it: wall time, the peak RSS of its whole process tree
 * (sampled from /proc every 50 ms, summing the resident sets of the process and all its
 * descendants) and the largest single process's peak RSS (`/usr/bin/time -f %M`: exact,
 * but per process). The sampler can miss a peak shorter than its period.
 *
 * On a shared machine other processes steal CPU from the measured one: `otherCores` is the
 * machine's busy CPU time during the run (from /proc/stat) minus the command's own CPU
 * time, per second of wall time. Near 0 means the figures are clean.
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
  /** CPU seconds of the command and its children (user + system); null when unavailable. */
  cpuS: number | null;
  /** Average number of cores other processes kept busy during the run; null when unknown. */
  otherCores: number | null;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Sampling period of the process-tree RSS. */
  sampleMs?: number;
}

const TIME = '/usr/bin/time';
const PAGE_BYTES = 4096;
/** Kernel clock ticks per second in /proc/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;
const RSS_WRAPPER = new URL('./report-max-rss.ts', import.meta.url).pathname;

/** Runs `command args` to completion and measures it; never throws on a non-zero exit. */
export async function runMeasured(command: string, args: string[], options: RunOptions = {}): Promise<Measured> {
  const scratch = mkdtempSync(join(tmpdir(), 'news-bench-rss-'));
  const rssFile = join(scratch, 'max-rss');
  const [file, argv, env] = wrapForMaxRss(command, args, rssFile, options.env ?? process.env);
  const busyBefore = busyCpuSeconds();
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
  const busyAfter = busyCpuSeconds();
  const tree = sampler?.stop() ?? null;
  const treeRssMb = tree?.peakMb ?? null;
  const report = readTimeReport(rssFile);
  const maxProcessRssMb = report.maxRssMb;
  const cpuS = report.cpuS === null && tree === null ? null : Math.max(report.cpuS ?? 0, tree?.cpuS ?? 0);
  rmSync(scratch, { recursive: true, force: true });
  const otherCores = busyBefore === null || busyAfter === null || cpuS === null ? null : Math.max(0, (busyAfter - busyBefore - cpuS) / wallS);
  return { code, stdout, stderr, wallS, treeRssMb, maxProcessRssMb, cpuS, otherCores };
}

/** CPU seconds the whole machine has spent busy (all but idle and iowait) since boot, from /proc/stat. */
export function busyCpuSeconds(): number | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return (user + nice + system + irq + softirq + steal) / TICKS_PER_S;
  } catch {
    return null;
  }
}

/**
 * Wraps the command in `/usr/bin/time -f %M -o FILE` when it exists; otherwise a Node
 * command gets a preload that writes `process.resourceUsage().maxRSS` to FILE on exit.
 */
function wrapForMaxRss(command: string, args: string[], rssFile: string, env: NodeJS.ProcessEnv): [string, string[], NodeJS.ProcessEnv] {
  if (existsSync(TIME)) return [TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args], env];
  if (command === process.execPath) return [command, ['--import', RSS_WRAPPER, ...args], { ...env, BENCH_RSS_FILE: rssFile }];
  return [command, args, env];
}

/**
 * Reads `KB [user system]` as written by /usr/bin/time (its last line) or the wrapper (peak
 * RSS only); the CPU seconds include the children the command waited for.
 */
function readTimeReport(file: string): { maxRssMb: number | null; cpuS: number | null } {
  if (!existsSync(file)) return { maxRssMb: null, cpuS: null };
  const [kb, user, system] = (readFileSync(file, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  const maxRssMb = kb !== undefined && Number.isFinite(kb) && kb > 0 ? kb / 1024 : null;
  const cpuS = user !== undefined && system !== undefined && Number.isFinite(user + system) ? user + system : null;
  return { maxRssMb, cpuS };
}

/**
 * Waits until other processes leave the CPU alone: the machine's busy share over a
 * `windowMs` window at most `maxBusyCores`, giving up after `timeoutMs`. Returns the seconds waited.
 */
export async function waitForQuietCpu(maxBusyCores = 0.3, windowMs = 2000, timeoutMs = 300_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const before = busyCpuSeconds();
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = busyCpuSeconds();
    const waited = (performance.now() - started) / 1000;
    if (before === null || after === null || (after - before) / (windowMs / 1000) <= maxBusyCores || waited * 1000 >= timeoutMs) return waited;
  }
}

/**
 * Samples `root` and its descendants until stopped: the peak of their summed RSS in MB, and
 * the CPU seconds they used, each process's last sample summed, so that a descendant that
 * exits without being waited for (Pagefind's service) still counts as the command's, not as
 * another process's.
 */
function sampleTree(root: number, periodMs: number): { stop(): { peakMb: number | null; cpuS: number } } | null {
  if (!existsSync(`/proc/${process.pid}/task/${process.pid}/children`)) return null;
  let peak = 0;
  const cpuTicks = new Map<number, number>();
  const sample = () => {
    let total = 0;
    for (const pid of processTree(root)) {
      total += residentBytes(pid);
      const ticks = cpuTicksOf(pid);
      if (ticks !== null) cpuTicks.set(pid, ticks);
    }
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, periodMs);
  return {
    stop: () => {
      clearInterval(timer);
      const cpuS = [...cpuTicks.values()].reduce((sum, ticks) => sum + ticks, 0) / TICKS_PER_S;
      return { peakMb: peak > 0 ? peak / 1048576 : null, cpuS };
    },
  };
}

/** A process and all its descendants. */
function processTree(root: number): number[] {
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    queue.push(...childrenOf(pid));
  }
  return [...seen];
}

/** User and system CPU ticks a process has used itself (its own, not its children's), from /proc/PID/stat. */
function cpuTicksOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, inside parentheses): state is the first, utime the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
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
