/**
 * Which Chrome or Chromium the browser tests, `npm run screenshots`, `npm run audit` and the XSS
 * test drive, so that `npm ci` is the whole set-up on any machine with Node:
 *
 * 1. `CHROME_PATH`, when set (the variable Lighthouse's chrome-launcher already reads);
 * 2. a system Chrome or Chromium (the usual install paths, then a lookup on PATH);
 * 3. a browser Playwright installed itself (`npx playwright install chromium`);
 * 4. on Linux x64, the headless Chromium inside the `@sparticuz/chromium` dev dependency,
 *    unpacked once into node_modules/.cache/ (bundled-chromium.ts);
 * 5. anywhere else, an error saying what to do.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { chromium, type LaunchOptions } from '@playwright/test';
import { bundledChromium } from './bundled-chromium.ts';

export const BROWSER_VARIABLE = 'CHROME_PATH';

export type BrowserChoice =
  | { kind: 'path'; path: string; from: 'CHROME_PATH' | 'system' | 'playwright' }
  | { kind: 'bundled' }
  | { kind: 'missing'; message: string };

export interface BrowserSearch {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  arch: string;
  /** True for an executable file (not a folder, not /dev/null). */
  isExecutable: (path: string) => boolean;
  /** Where Playwright's own Chromium would be (`chromium.executablePath()`), if it knows. */
  playwrightChromium?: string;
}

/** The usual install paths of Chrome and Chromium on each platform, most specific first. */
function installPaths(platform: NodeJS.Platform, env: BrowserSearch['env']): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
    const folders = ['/Applications', ...(env.HOME ? [posix.join(env.HOME, 'Applications')] : [])];
    return folders.flatMap((folder) => apps.map((app) => posix.join(folder, app)));
  }
  if (platform === 'win32') {
    const folders = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((folder): folder is string => Boolean(folder));
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe'];
    return folders.flatMap((folder) => apps.map((app) => win32.join(folder, app)));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

/** Names of a Chrome or Chromium command on PATH. */
function commandNames(platform: NodeJS.Platform): string[] {
  if (platform === 'win32') return ['chrome.exe'];
  if (platform === 'darwin') return [];
  return ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
}

/** Decides which browser to use; touches nothing itself (the checks are passed in). */
export function chooseBrowser({ env, platform, arch, isExecutable, playwrightChromium }: BrowserSearch): BrowserChoice {
  const fromEnv = env[BROWSER_VARIABLE];
  if (fromEnv) {
    return isExecutable(fromEnv)
      ? { kind: 'path', path: fromEnv, from: 'CHROME_PATH' }
      : { kind: 'missing', message: `${BROWSER_VARIABLE}=${fromEnv}: no executable file there` };
  }
  const path = platform === 'win32' ? win32 : posix;
  const onPath = (env.PATH ?? env.Path ?? '')
    .split(platform === 'win32' ? ';' : ':')
    .filter(Boolean)
    .flatMap((dir) => commandNames(platform).map((name) => path.join(dir, name)));
  const system = [...installPaths(platform, env), ...onPath].find(isExecutable);
  if (system) return { kind: 'path', path: system, from: 'system' };
  if (playwrightChromium && isExecutable(playwrightChromium)) return { kind: 'path', path: playwrightChromium, from: 'playwright' };
  if (platform === 'linux' && arch === 'x64') return { kind: 'bundled' };
  return {
    kind: 'missing',
    message:
      `No Chrome or Chromium found, and none comes with npm ci on ${platform}-${arch}. ` +
      `Run \`npx playwright install chromium\`, or set ${BROWSER_VARIABLE} to a Chrome or Chromium executable.`,
  };
}

/** How to start the chosen browser: its executable and what its environment needs besides. */
export interface BrowserLaunch {
  executablePath: string;
  env: Record<string, string>;
  /** Where it came from, for messages. */
  from: string;
}

/** Flags for every run: no sandbox (tests run as root in CI) and no calls home (the network is closed). */
export const BROWSER_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The browser to drive on this machine; throws with a message saying what to do when there is none. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): BrowserLaunch {
  const choice = chooseBrowser({ env, platform: process.platform, arch: process.arch, isExecutable, playwrightChromium: playwrightChromium() });
  if (choice.kind === 'missing') throw new Error(choice.message);
  if (choice.kind === 'path') return { executablePath: choice.path, env: {}, from: choice.from };
  return bundledChromium();
}

/** Playwright's launch options for the browser `findBrowser` picks. */
export function browserLaunchOptions(): LaunchOptions {
  const browser = findBrowser();
  return { executablePath: browser.executablePath, env: { ...process.env, ...browser.env } as Record<string, string>, args: BROWSER_ARGS };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
