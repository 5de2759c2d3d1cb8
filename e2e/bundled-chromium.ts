/**
 * The headless Chromium that `npm ci` installs on Linux x64: `@sparticuz/chromium` ships it
 * brotli-compressed inside the package (nothing is downloaded at install or run time). It is
 * unpacked once into node_modules/.cache/sparticuz-chromium-<version>/ with the package's
 * own code, run in a child process whose TMPDIR is a private staging folder (the package
 * unpacks into the temporary folder, and would reuse any /tmp/chromium, of whatever version),
 * then renamed into place: Playwright loads its config in every worker, and two processes
 * unpacking at once each finish in their own folder; the first rename wins.
 *
 * Besides the browser, the folder holds the NSS and expat libraries it links to (the package's
 * Amazon Linux set: a bare Debian or Ubuntu has none) and Open Sans; the fontconfig file
 * written here also takes in the system's fonts when there are any (Open Sans has no Arabic:
 * on a machine with no fonts at all, Arabic text is laid out but not drawn).
 *
 * Of the package's recommended `args` only `--no-sandbox` is needed (BROWSER_ARGS has it);
 * the rest suit AWS Lambda, and `--disable-web-security` would blunt the tests' same-origin
 * and third-party checks, so none of them is used. Lighthouse runs on this build too (it is
 * chrome-headless-shell, which ignores the `--headless=new` the audit passes).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { escapeXml } from '../src/lib/xml.ts';
import type { BrowserLaunch } from './browser.ts';

const PACKAGE = '@sparticuz/chromium';
const cacheRoot = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));

export function bundledChromium(): BrowserLaunch {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(PACKAGE);
  } catch {
    throw new Error(`No Chrome or Chromium found and ${PACKAGE} is not installed: run npm ci, or set CHROME_PATH`);
  }
  const packageDir = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dir = join(cacheRoot, `sparticuz-chromium-${version}`);
  if (!existsSync(join(dir, 'chromium'))) unpack(entry, join(packageDir, 'bin'), dir);
  const libraries = [join(dir, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return {
    executablePath: join(dir, 'chromium'),
    env: { LD_LIBRARY_PATH: libraries, FONTCONFIG_FILE: join(dir, 'fonts.conf') },
    from: `${PACKAGE} ${version}`,
  };
}

function unpack(entry: string, binDir: string, dir: string): void {
  mkdirSync(dirname(dir), { recursive: true });
  const staging = mkdtempSync(`${dir}.unpacking-`);
  try {
    const script = [
      `const { default: Chromium, inflate } = await import(${JSON.stringify(pathToFileURL(entry).href)});`,
      `await Chromium.executablePath(${JSON.stringify(binDir)});`,
      `await inflate(${JSON.stringify(join(binDir, 'al2023.tar.br'))});`,
    ].join('\n');
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, TMPDIR: staging },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`Could not unpack ${PACKAGE} into ${staging}: ${result.stderr || result.error?.message}`);
    writeFileSync(join(staging, 'fonts.conf'), fontConfig(dir));
    try {
      renameSync(staging, dir);
    } catch (error) {
      if (!existsSync(join(dir, 'chromium'))) throw error; // else another process unpacked it first
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The system's fonts (when it has a fontconfig set-up) and the package's Open Sans. */
function fontConfig(dir: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${escapeXml(join(dir, 'fonts', 'fonts'))}</dir>
  <cachedir>${escapeXml(join(dir, 'fontconfig-cache'))}</cachedir>
</fontconfig>
`;
}
