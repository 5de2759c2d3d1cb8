/**
 * `npm run bench -- [--articles 2000] [--runs 3] [--sizes 1000,2000,…] [--chart] [--profile] [--seed S] [--noisy] [--no-floor]`
 *
 * Generates a synthetic archive, imports it with the real importer into a scratch folder
 * (node_modules/.cache/news-bench/, outside content/), and builds both the site and the
 * floor (bench/floor: same articles, routes and Markdown processor, minimal templates):
 * cold (content cache deleted), warm (cache kept) and after editing one article, plus
 * the search index on its own; `npm run build` (site and search index) cold and after one edit. Prints a table per size and, as the last line, one JSON object of
 * medians. `--sizes` (or `--chart`) also writes bench/results.svg and bench/RESULTS.md.
 * `--no-floor` leaves the floor out (at 50,000 articles it takes as long as the rest together).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { editOneArticle, prepareArchive, type Archive } from './lib/archive.ts';
import { astroBuild, searchCacheDir, searchIndex, type BuildDirs, type SiteKind } from './lib/build.ts';
import { resultsChart } from './lib/chart.ts';
import { summarizeProfiles } from './lib/cpu-profile.ts';
import { distStats, type DistStats } from './lib/dist.ts';
import { searchBytes, TYPICAL_QUERIES } from './lib/search-bytes.ts';
import { describeMachine } from './lib/machine.ts';
import { benchCacheRoot, projectRoot } from './lib/paths.ts';
import { waitForQuietCpu, type Measured } from './lib/run-measured.ts';
import { cell, markdownTable, median, round, textTable } from './lib/stats.ts';

interface Options {
  sizes: number[];
  runs: number;
  seed: number | undefined;
  chart: boolean;
  profile: boolean;
  floor: boolean;
}

/** The measurements of one run at one size. */
interface RunResult {
  cold: Measured;
  warm: Measured;
  rebuild: Measured;
  search: Measured;
  /** The search index after the one-edit build (shards of unchanged pages reused). */
  searchOne: Measured;
  /** Null with --no-floor. */
  floorCold: Measured | null;
  floorWarm: Measured | null;
}

/** Medians over the runs at one size: the JSON object's keys. */
interface SizeResult {
  articles: number;
  runs: number;
  pages: number;
  floor_pages: number | null;
  dump_mb: number | null;
  import_mb_per_s: number | null;
  import_articles_per_s: number | null;
  import_peak_rss_mb: number | null;
  cold_build_s: number | null;
  warm_build_s: number | null;
  rebuild_one_s: number | null;
  pagefind_s: number | null;
  /** `npm run build` (astro build + search index) from empty caches. */
  publish_cold_s: number | null;
  /** `npm run build` after editing one article's text, caches kept. */
  publish_one_s: number | null;
  /** Median over TYPICAL_QUERIES of the KB the search page fetches from the index for a query (last run). */
  search_query_kb: number | null;
  pages_per_s: number | null;
  peak_rss_mb: number | null;
  max_process_rss_mb: number | null;
  pagefind_peak_rss_mb: number | null;
  /** Peak RSS of the largest single process of the cold search index (Pagefind's service). */
  search_max_process_rss_mb: number | null;
  floor_build_s: number | null;
  floor_warm_build_s: number | null;
  floor_peak_rss_mb: number | null;
  ratio_to_floor: number | null;
  memory_ratio_to_floor: number | null;
  dist_mb: number | null;
  article_page_gzip_bytes: number | null;
  floor_article_page_gzip_bytes: number | null;
  /** Median over runs of the most CPU other processes took during a build step (cores). */
  other_cpu_cores: number | null;
  rss_method: string;
}

const RSS_METHOD = 'peak of summed RSS over the build process tree, sampled from /proc every 50 ms';

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    allowNegative: true,
    options: {
      articles: { type: 'string', default: '2000' },
      runs: { type: 'string', default: '3' },
      sizes: { type: 'string' },
      seed: { type: 'string' },
      chart: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      noisy: { type: 'boolean', default: false },
      floor: { type: 'boolean', default: true },
    },
  });
  const sizes = (values.sizes ?? values.articles).split(',').map(Number);
  const runs = Number(values.runs);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('--articles and --sizes take whole numbers ≥ 1');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  measureAtOnce = values.noisy;
  return { sizes, runs, seed, chart: values.chart || values.sizes !== undefined, profile: values.profile, floor: values.floor };
}

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function dirsFor(workDir: string, archive: Archive, kind: SiteKind): BuildDirs {
  return { articlesDir: archive.articlesDir, cacheDir: join(workDir, `cache-${kind}`), outDir: join(workDir, `dist-${kind}`) };
}

/** `node --cpu-prof` arguments writing into `dir`, when profiling. */
function profileArgs(options: Options, dir: string): string[] {
  if (!options.profile) return [];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return ['--cpu-prof', `--cpu-prof-dir=${dir}`];
}

/** Above this many cores taken by other processes during a step, the step is measured again. */
const MAX_INTERFERENCE_CORES = 0.25;
const ATTEMPTS = 3;
/** `--noisy`: measure each step at once and once, without waiting for other processes (figures noisy). */
let measureAtOnce = false;

/**
 * Runs one measured step once the CPU is quiet (other engineers' jobs share the machine)
 * and logs it with the CPU other processes used meanwhile. A step they disturbed anyway is
 * run again, up to ATTEMPTS times, after `prepare` (which restores its starting state).
 */
async function timed(label: string, step: () => Promise<Measured>, prepare: () => void = () => {}): Promise<Measured> {
  let result: Measured | undefined;
  const attempts = measureAtOnce ? 1 : ATTEMPTS;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const waited = measureAtOnce ? 0 : await waitForQuietCpu();
    if (waited > 5) log(`waited ${waited.toFixed(0)} s for other processes to leave the CPU`);
    prepare();
    result = await step();
    log(`${label}: ${result.wallS.toFixed(1)} s, ${cell(result.treeRssMb, 0)} MB peak (tree), other processes ${cell(result.otherCores, 2)} cores`);
    if ((result.otherCores ?? 0) <= MAX_INTERFERENCE_CORES) break;
    if (attempt < attempts) log(`${label}: disturbed by other processes, measuring again`);
  }
  return result as Measured;
}

/** The most CPU other processes took during any step of a run, in cores. */
function interference(run: RunResult): number | null {
  const values = Object.values(run).map((step: Measured | null) => step?.otherCores ?? null).filter((value): value is number => value !== null);
  return values.length > 0 ? Math.max(...values) : null;
}

/** One run at one size: our cold, search index, warm, one-edit builds, then the floor's. */
async function benchRun(workDir: string, archive: Archive, run: number, options: Options): Promise<{ result: RunResult; dist: DistStats; floorDist: DistStats | null }> {
  const site = dirsFor(workDir, archive, 'site');
  const floor = dirsFor(workDir, archive, 'floor');
  const cold = await timed('site cold', () => astroBuild('site', site, true, profileArgs(options, join(workDir, 'profile-site'))));
  // Measured again if disturbed: from an empty shard cache each time, as after the cold build.
  const search = await timed('search index cold', () => searchIndex(site), () => rmSync(searchCacheDir(site), { recursive: true, force: true }));
  const dist = distStats(site.outDir);
  const queries = await searchBytes(site.outDir, TYPICAL_QUERIES);
  log(`search page fetches: ${queries.map((query) => `${query.query}: ${(query.bytes / 1024).toFixed(0)} KB in ${query.requests} requests`).join(', ')}`);
  const warm = await timed('site warm', () => astroBuild('site', site, false));
  const edit = () => log(`edited ${editOneArticle(archive.articlesDir, run)}`);
  // Both steps of `npm run build` after one edit, measured again together if disturbed (each
  // attempt edits again, so the search index has a changed shard every time).
  let rebuild: Measured | undefined;
  const searchOne = await timed('search index after one edit', async () => {
    rebuild = await timed('site one edit', () => astroBuild('site', site, false), edit);
    return searchIndex(site);
  });
  if (!options.floor) return { result: { cold, warm, rebuild: rebuild as Measured, search, searchOne, floorCold: null, floorWarm: null }, dist: { ...dist, searchQueryBytes: median(queries.map((query) => query.bytes)) }, floorDist: null };
  const floorCold = await timed('floor cold', () => astroBuild('floor', floor, true, profileArgs(options, join(workDir, 'profile-floor'))));
  const floorDist = distStats(floor.outDir);
  const floorWarm = await timed('floor warm', () => astroBuild('floor', floor, false));
  return { result: { cold, warm, rebuild: rebuild as Measured, search, searchOne, floorCold, floorWarm }, dist: { ...dist, searchQueryBytes: median(queries.map((query) => query.bytes)) }, floorDist };
}

/** Generates, imports and builds one archive size `runs` times; returns the medians. */
async function benchSize(articles: number, options: Options): Promise<SizeResult> {
  const workDir = join(benchCacheRoot, `n${articles}`);
  rmSync(workDir, { recursive: true, force: true });
  log(`${articles} articles: generating the dump and importing it ${options.runs}×`);
  const archive = await prepareArchive(workDir, articles, options.runs, options.seed);
  const runs: RunResult[] = [];
  let last: { dist: DistStats; floorDist: DistStats | null } | undefined;
  for (let run = 1; run <= options.runs; run += 1) {
    log(`${articles} articles: run ${run} of ${options.runs}`);
    const { result, ...dists } = await benchRun(workDir, archive, run, options);
    runs.push(result);
    last = dists;
  }
  if (options.profile) {
    for (const kind of options.floor ? ['site', 'floor'] : ['site']) console.log(`\nCPU profile, ${kind} cold build:\n${summarizeProfiles(join(workDir, `profile-${kind}`))}`);
  }
  return summarize(archive, runs, last as { dist: DistStats; floorDist: DistStats | null });
}

function summarize(archive: Archive, runs: readonly RunResult[], { dist, floorDist }: { dist: DistStats; floorDist: DistStats | null }): SizeResult {
  const med = (pick: (run: RunResult) => number | null) => median(runs.map(pick));
  const cold = med((run) => run.cold.wallS);
  const floorCold = med((run) => run.floorCold?.wallS ?? null);
  const rss = med((run) => run.cold.treeRssMb);
  const floorRss = med((run) => run.floorCold?.treeRssMb ?? null);
  const ratio = (a: number | null, b: number | null) => (a !== null && b ? round(a / b) : null);
  return {
    articles: archive.dump.articles,
    runs: runs.length,
    pages: dist.htmlPages,
    floor_pages: floorDist?.htmlPages ?? null,
    dump_mb: round(archive.dump.bytes / 1048576, 1),
    import_mb_per_s: round(median(archive.imports.map((run) => run.mbPerS)), 1),
    import_articles_per_s: round(median(archive.imports.map((run) => run.articlesPerS)), 0),
    import_peak_rss_mb: round(median(archive.imports.map((run) => run.peakRssMb)), 0),
    cold_build_s: round(cold),
    warm_build_s: round(med((run) => run.warm.wallS)),
    rebuild_one_s: round(med((run) => run.rebuild.wallS)),
    pagefind_s: round(med((run) => run.search.wallS)),
    publish_cold_s: round(med((run) => run.cold.wallS + run.search.wallS)),
    publish_one_s: round(med((run) => run.rebuild.wallS + run.searchOne.wallS)),
    search_query_kb: dist.searchQueryBytes == null ? null : round(dist.searchQueryBytes / 1024, 0),
    pages_per_s: cold ? round(dist.htmlPages / cold, 0) : null,
    peak_rss_mb: round(rss, 0),
    max_process_rss_mb: round(med((run) => run.cold.maxProcessRssMb), 0),
    pagefind_peak_rss_mb: round(med((run) => run.search.treeRssMb), 0),
    search_max_process_rss_mb: round(med((run) => run.search.maxProcessRssMb), 0),
    floor_build_s: round(floorCold),
    floor_warm_build_s: round(med((run) => run.floorWarm?.wallS ?? null)),
    floor_peak_rss_mb: round(floorRss, 0),
    ratio_to_floor: ratio(cold, floorCold),
    memory_ratio_to_floor: ratio(rss, floorRss),
    dist_mb: round(dist.bytes / 1048576, 1),
    article_page_gzip_bytes: round(dist.articlePageGzipBytes, 0),
    floor_article_page_gzip_bytes: floorDist ? round(floorDist.articlePageGzipBytes, 0) : null,
    other_cpu_cores: round(med(interference)),
    rss_method: RSS_METHOD,
  };
}

function sizeTable(result: SizeResult): string {
  const rows: string[][] = [
    ['pages (HTML)', String(result.pages), cell(result.floor_pages, 0), ''],
    ['cold build s', cell(result.cold_build_s, 2), cell(result.floor_build_s, 2), `${cell(result.ratio_to_floor, 2)}×`],
    ['warm build s', cell(result.warm_build_s, 2), cell(result.floor_warm_build_s, 2), ''],
    ['rebuild, one article edited s', cell(result.rebuild_one_s, 2), '', ''],
    ['pages/s (cold)', cell(result.pages_per_s, 0), '', ''],
    ['peak RSS MB (process tree)', cell(result.peak_rss_mb, 0), cell(result.floor_peak_rss_mb, 0), `${cell(result.memory_ratio_to_floor, 2)}×`],
    ['largest process peak RSS MB: build, search index', `${cell(result.max_process_rss_mb, 0)}, ${cell(result.search_max_process_rss_mb, 0)}`, '', ''],
    ['search index s, cold (extra)', cell(result.pagefind_s, 2), '', ''],
    ['npm run build s: cold, one edit', `${cell(result.publish_cold_s, 2)}, ${cell(result.publish_one_s, 2)}`, '', ''],
    ['search page KB fetched for a query (median)', cell(result.search_query_kb, 0), '', ''],
    ['dist MB (with search index)', cell(result.dist_mb, 1), '', ''],
    ['article page gzip bytes', cell(result.article_page_gzip_bytes, 0), cell(result.floor_article_page_gzip_bytes, 0), ''],
    ['import MB/s, articles/s', `${cell(result.import_mb_per_s, 1)}, ${cell(result.import_articles_per_s, 0)}`, '', ''],
    ['other processes during builds, cores (max)', cell(result.other_cpu_cores, 2), '', ''],
  ];
  const noisy = (result.other_cpu_cores ?? 0) > 0.25 ? '\nwarning: other processes used the CPU during a build; these figures are noisy (use more --runs)' : '';
  return `\n${result.articles} articles (${result.dump_mb} MB dump), medians of ${result.runs} run(s)\n${textTable(['', 'ours', 'floor', 'ratio'], rows)}${noisy}`;
}

/** The README table: one row per archive size. */
function readmeTable(results: readonly SizeResult[]): string {
  const header = ['Articles', 'Pages', 'Import MB/s', 'Cold build s', 'Warm s', 'One edit s', 'Search index s', 'Publish cold s', 'Publish one edit s', 'Peak RSS MB', 'Floor cold s', 'Floor RSS MB', 'Time vs floor', 'Memory vs floor', 'dist MB', 'Article page gzip B'];
  const rows = results.map((r) => [
    r.articles.toLocaleString('en-US'),
    r.pages.toLocaleString('en-US'),
    cell(r.import_mb_per_s, 1),
    cell(r.cold_build_s, 1),
    cell(r.warm_build_s, 1),
    cell(r.rebuild_one_s, 1),
    cell(r.pagefind_s, 1),
    cell(r.publish_cold_s, 1),
    cell(r.publish_one_s, 1),
    cell(r.peak_rss_mb, 0),
    cell(r.floor_build_s, 1),
    cell(r.floor_peak_rss_mb, 0),
    `${cell(r.ratio_to_floor, 2)}×`,
    `${cell(r.memory_ratio_to_floor, 2)}×`,
    cell(r.dist_mb, 1),
    cell(r.article_page_gzip_bytes, 0),
  ]);
  return markdownTable(header, rows);
}

function writeReport(results: readonly SizeResult[], options: Options): string {
  const machine = describeMachine();
  const table = readmeTable(results);
  const command = `npm run bench -- --sizes ${options.sizes.join(',')} --runs ${options.runs}`;
  writeFileSync(join(projectRoot, 'bench/results.svg'), resultsChart(results, `${machine}. Medians of ${options.runs} run(s).`));
  const markdown = [
    '# Benchmark results',
    '',
    `Measured with \`${command}\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.`,
    `Medians of ${options.runs} run(s). Times are wall-clock seconds of \`astro build\`; the search index is timed on its own; "Publish" is \`npm run build\` (both), cold and after one edit.`,
    `Peak RSS: ${RSS_METHOD}. The floor (bench/floor) builds the same articles with the same routes and Markdown processor but minimal templates.`,
    'Import MB/s is one run of the importer CLI on that archive, Node start-up included; `npm run bench:import` measures a 60 MB dump.',
    '',
    table,
    '',
    `Other processes (this machine is shared) used at most ${results.map((r) => `${cell(r.other_cpu_cores, 2)}`).join(', ')} cores during any measured step, for the sizes above in order (0 is a clean measurement).`,
    '',
    '![Build time and peak memory against the number of articles](results.svg)',
    '',
  ].join('\n');
  writeFileSync(join(projectRoot, 'bench/RESULTS.md'), markdown);
  return table;
}

async function main(argv: string[]): Promise<void> {
  const options = readOptions(argv);
  const results: SizeResult[] = [];
  const failed: { articles: number; error: string }[] = [];
  for (const size of options.sizes) {
    try {
      const result = await benchSize(size, options);
      results.push(result);
      console.log(sizeTable(result));
    } catch (error) {
      // A size that fails (out of memory, a broken build) is reported; the others still count.
      const message = (error as Error).message ?? String(error);
      log(`${size} articles failed: ${message}`);
      failed.push({ articles: size, error: message.slice(-1000) });
    }
  }
  if (options.chart && results.length > 0) {
    console.log(`\nWrote bench/results.svg and bench/RESULTS.md:\n\n${writeReport(results, options)}\n`);
  }
  const largest = results.at(-1);
  console.log(JSON.stringify({ ...largest, ...(results.length > 1 ? { sizes: results } : {}), ...(failed.length > 0 ? { failed } : {}) }));
  if (failed.length > 0) process.exitCode = 1;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error((error as Error).stack ?? String(error));
  process.exitCode = 1;
});
