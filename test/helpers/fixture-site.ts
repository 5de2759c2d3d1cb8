import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { withBuildLock } from './build-site.ts';
import { projectRoot, scratchDir, userEnv } from './run-import.ts';

/**
 * The site the browser, accessibility, validity, link and budget checks run on: the bundled
 * articles, 25 generated ones (enough for `/page/2/`, one of them with a photo file) and an
 * Arabic one imported from test/fixtures/dumps/arabic.txt, built with the search index as
 * `npm run build` would.
 *
 * The build is kept in node_modules/.cache/e2e-site/<hash of its inputs>/, so Vitest and
 * Playwright in one `npm test` share it and a second run with nothing changed builds nothing.
 */
export interface FixtureSite {
  /** The built site (with its Pagefind index). */
  outDir: string;
  /** Slug of the article imported from the Arabic dump. */
  arabicSlug: string;
  /** Slug of the generated article that has a photo file. */
  photoSlug: string;
}

export const GENERATED_ARTICLES = 25;
/** Pages per search shard in the fixture build (src/search-index/shards.ts). */
export const FIXTURE_SHARD_PAGES = 8;
export const PHOTO_SLUG = 'market-reopens-after-storm';

const cacheRoot = join(projectRoot, 'node_modules/.cache/e2e-site');
/** Everything a build reads, besides node_modules (package-lock.json stands for those). */
const INPUTS = ['src', 'public', 'content/articles', 'astro.config.mjs', 'pagefind.yml', 'package-lock.json', 'test/fixtures/dumps/arabic.txt', 'test/fixtures/editions', 'test/helpers/fixture-site.ts'];

/** The fixture site, built now unless an identical build is cached; waits while another process builds it. */
export async function fixtureSite(): Promise<FixtureSite> {
  const key = inputsHash();
  const outDir = join(cacheRoot, key);
  const infoFile = join(outDir, 'fixture-site.json');
  const lock = join(cacheRoot, `${key}.lock`);
  mkdirSync(cacheRoot, { recursive: true });
  const started = Date.now();
  for (;;) {
    if (existsSync(infoFile)) return JSON.parse(readFileSync(infoFile, 'utf8')) as FixtureSite;
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another process is building it: wait, unless its lock is left over from a killed build.
      if (Date.now() - mtime(lock) > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 15 * 60_000) throw new Error(`gave up waiting for ${lock}`);
      await sleep(500);
    }
  }
  try {
    if (existsSync(infoFile)) return JSON.parse(readFileSync(infoFile, 'utf8')) as FixtureSite;
    // Builds of older inputs go after an hour (a run in progress may still be serving one).
    for (const old of readdirSync(cacheRoot)) {
      const path = join(cacheRoot, old);
      if (!old.startsWith(key) && Date.now() - mtime(path) > 60 * 60_000) rmSync(path, { recursive: true, force: true });
    }
    const site = await build(key, outDir);
    writeFileSync(join(site.outDir, 'fixture-site.json'), JSON.stringify(site));
    return site;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function build(key: string, outDir: string): Promise<FixtureSite> {
  // Outside node_modules: Astro's image pipeline ignores photo files under it.
  const articlesDir = scratchDir('news-e2e-articles-');
  const building = join(cacheRoot, `${key}.building`);
  const astroCache = join(cacheRoot, `${key}.astro-cache`);
  for (const dir of [building, astroCache]) rmSync(dir, { recursive: true, force: true });
  cpSync(join(projectRoot, 'content/articles'), articlesDir, { recursive: true });
  cpSync(join(projectRoot, 'test/fixtures/editions'), articlesDir, { recursive: true });
  await writeGeneratedArticles(articlesDir);
  writeGeneratedArabicArticles(articlesDir);
  const arabicDump = join(projectRoot, 'test/fixtures/dumps/arabic.txt');
  run(process.execPath, ['src/ingest/cli.ts', '--out', articlesDir, '--date', '2024-11-21', arabicDump]);
  const arabicSlug = (JSON.parse(run(process.execPath, ['src/ingest/cli.ts', '--json', arabicDump])) as { slug: string }[])[0]!.slug;

  // SITE_URL and BASE_PATH are left out: the checks expect a site at the root of its origin.
  const env = { NEWS_ARTICLES_DIR: articlesDir, NEWS_CACHE_DIR: astroCache, SITE_URL: '', BASE_PATH: '' };
  withBuildLock(() => run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', building], env));
  // Shards of a few pages, so that each edition's search page merges several indexes as on a large archive.
  run(process.execPath, ['src/search-index/cli.ts', '--site', building, '--cache', join(astroCache, 'search-index'), '--shard-pages', String(FIXTURE_SHARD_PAGES)]);
  renameSync(building, outDir);
  for (const dir of [articlesDir, astroCache]) rmSync(dir, { recursive: true, force: true });
  return { outDir, arabicSlug, photoSlug: PHOTO_SLUG };
}

const PLACES = ['Beirut', 'Amman', 'Cairo', 'Riyadh', 'Baghdad'];
const TOPICS = ['Economy', 'Energy', 'Culture', 'Lebanon', 'Jordan'];
const AGENCIES = ['AFP', 'Reuters', 'AP'];

/**
 * Writes the generated articles: dated before the bundled ones, so the bundled lead story stays
 * the lead, each with a dateline, byline, caption, credit and two topics.
 */
export async function writeGeneratedArticles(dir: string): Promise<void> {
  for (let n = 1; n <= GENERATED_ARTICLES; n += 1) {
    const photo = n === 1;
    const slug = photo ? PHOTO_SLUG : `sample-story-${n}`;
    const title = photo ? 'Market Reopens After Storm' : `Sample Story Number ${n} About Regional Trade`;
    const place = PLACES[(n - 1) % PLACES.length]!;
    const image = photo
      ? `  - src: ./${slug}.jpg\n    alt: Stalls and shoppers in a covered market\n    caption: Shoppers return to the covered market on Monday.\n    credit: AFP\n`
      : `  - caption: Traders at work in ${place}, in a photo from the archive.\n    credit: ${AGENCIES[n % AGENCIES.length]}\n`;
    const body = [
      `${place} traders said on Monday that business was picking up again after a slow summer, according to figures released by the chamber of commerce.`,
      `Officials expect exports to grow by ${n} percent next year if transport links stay open and fuel prices hold steady.`,
      `"We have seen worse seasons," one merchant said, adding that customers had returned to the old market since Friday.`,
    ].join('\n\n');
    const front = [
      '---',
      `title: ${title}`,
      `slug: ${slug}`,
      `date: 2024-10-${String(n + 1).padStart(2, '0')}`,
      'lang: en',
      `dateline: ${place}`,
      'byline: Staff reporter',
      'images:',
      image.trimEnd(),
      'tags:',
      `  - ${TOPICS[n % TOPICS.length]}`,
      `  - ${TOPICS[(n + 2) % TOPICS.length]}`,
      '---',
    ].join('\n');
    writeFileSync(join(dir, `${slug}.md`), `${front}\n\n${body}\n`);
  }
  await writePhoto(join(dir, `${PHOTO_SLUG}.jpg`));
}

export const GENERATED_ARABIC_ARTICLES = 18;
const ARABIC_PLACES = ['بيروت', 'عمّان', 'القاهرة'];

/**
 * Arabic articles enough for the Arabic edition's `/ar/page/2/` (with the four in
 * test/fixtures/editions/ and the imported one), dated before those.
 */
export function writeGeneratedArabicArticles(dir: string): void {
  for (let n = 1; n <= GENERATED_ARABIC_ARTICLES; n += 1) {
    const place = ARABIC_PLACES[n % ARABIC_PLACES.length]!;
    const front = [
      '---',
      `title: نشرة اقتصادية رقم ${n} عن حركة الأسواق`,
      `slug: arabic-bulletin-${n}`,
      `date: 2024-10-${String(n + 1).padStart(2, '0')}`,
      'lang: ar',
      `dateline: ${place}`,
      'byline: الشرق الأوسط',
      'tags:',
      '  - الاقتصاد',
      '---',
    ].join('\n');
    const body = [
      `قال تجار في ${place} إن الحركة في الأسواق تحسّنت هذا الأسبوع بعد صيف هادئ.`,
      `وتوقّع مسؤولون نمو الصادرات بنسبة ${n} في المائة العام المقبل إذا بقيت الطرق مفتوحة.`,
    ].join('\n\n');
    writeFileSync(join(dir, `arabic-bulletin-${n}.md`), `${front}\n\n${body}\n`);
  }
}

/** A 1600×1000 JPEG drawn from SVG with sharp (Astro's own image library). */
async function writePhoto(file: string): Promise<void> {
  const { default: sharp } = await import('sharp');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7fa7c9"/><stop offset="1" stop-color="#e9d8b4"/></linearGradient></defs>
    <rect width="1600" height="1000" fill="url(#sky)"/>
    <rect y="620" width="1600" height="380" fill="#6b4f36"/>
    ${Array.from({ length: 8 }, (_, i) => `<rect x="${60 + i * 190}" y="${430 + (i % 3) * 20}" width="150" height="220" fill="${['#b5452f', '#d9a441', '#3f6e5a', '#8a5a9e'][i % 4]}"/><polygon points="${40 + i * 190},${440 + (i % 3) * 20} ${230 + i * 190},${440 + (i % 3) * 20} ${135 + i * 190},${360 + (i % 3) * 20}" fill="#f2efe6"/>`).join('')}
  </svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toFile(file);
}

function run(command: string, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync(command, args, { cwd: projectRoot, encoding: 'utf8', env: userEnv(env), maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function inputsHash(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const full = join(projectRoot, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(join(path, name));
    } else {
      hash.update(`${relative(projectRoot, full)}\0`).update(readFileSync(full)).update('\0');
    }
  };
  for (const input of INPUTS) add(input);
  return hash.digest('hex').slice(0, 16);
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Date.now();
  }
}
