/**
 * `npm run audit`: Lighthouse (performance, accessibility, best practices, SEO) on the home page
 * and article pages of both editions of the test fixture site served locally, in the browser e2e/browser.ts finds
 * (a system Chrome or Chromium, or the headless one npm ci installed on Linux x64). Prints the
 * four scores of each page; exits 1 when a score is under 100 with `--strict`. Not part of
 * `npm test` (it takes a minute or two). `-- --dir dist` audits your own build instead,
 * `-- --desktop` uses Lighthouse's desktop settings instead of its mobile ones.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fixtureSite } from '../test/helpers/fixture-site.ts';
import { projectRoot } from '../test/helpers/run-import.ts';
import { BROWSER_ARGS, BROWSER_VARIABLE, findBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, desktop: { type: 'boolean', default: false }, strict: { type: 'boolean', default: false } },
});
const browser = findBrowser();
console.log(`Browser: ${browser.executablePath} (${browser.from})`);

const fixture = values.dir ? undefined : await fixtureSite();
const root = values.dir ? resolve(values.dir) : fixture!.outDir;
const pages = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/articles/iraqi-american-officials-to-meet-to-discuss-us-troop-withdrawal/' },
  ...(fixture ? [{ name: 'article with photo', path: `/articles/${fixture.photoSlug}/` }] : []),
  { name: 'Arabic home', path: '/ar/' },
  ...(fixture ? [{ name: 'Arabic article', path: `/ar/articles/${fixture.arabicSlug}/` }] : []),
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const reports = join(projectRoot, 'node_modules/.cache/lighthouse');
mkdirSync(reports, { recursive: true });

const server = await serveStatic(root);
let failed = false;
try {
  for (const { name, path } of pages) {
    const url = `${server.url}${path}`;
    const output = join(reports, `${name.replaceAll(' ', '-')}.json`);
    // Asynchronously: the server answering Lighthouse runs in this process.
    const lighthouse = spawn(
      process.execPath,
      [
        join(projectRoot, 'node_modules/lighthouse/cli/index.js'),
        url,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        `--only-categories=${categories.join(',')}`,
        `--chrome-flags=--headless=new ${BROWSER_ARGS.join(' ')}`,
        ...(values.desktop ? ['--preset=desktop'] : []),
      ],
      // chrome-launcher starts the browser CHROME_PATH names, with this environment.
      { env: { ...process.env, ...browser.env, [BROWSER_VARIABLE]: browser.executablePath }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    const [code] = (await once(lighthouse, 'exit')) as [number | null];
    if (code !== 0) throw new Error(`lighthouse failed on ${url}`);
    const report = JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport;
    const scores = categories.map((key) => Math.round((report.categories[key]?.score ?? 0) * 100));
    console.log(`${name.padEnd(20)} ${categories.map((key, i) => `${report.categories[key]?.title ?? key} ${scores[i]}`).join('  ')}`);
    for (const audit of Object.values(report.audits)) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual') {
        console.log(`  - ${audit.title} (${audit.id}: ${Math.round(audit.score * 100)})${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
      }
    }
    if (scores.some((score) => score < 100)) failed = true;
  }
  console.log(`Full reports: ${reports}/`);
} finally {
  await server.close();
}
if (values.strict && failed) process.exitCode = 1;

interface LighthouseReport {
  categories: Record<string, { title: string; score: number | null }>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
}
