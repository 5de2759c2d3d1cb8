import { describe, expect, test } from 'vitest';
import { chooseBrowser, type BrowserChoice, type BrowserSearch } from '../e2e/browser.ts';

const PLAYWRIGHT = '/root/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';

/** A machine whose executable files are `present`, and nothing else. */
function machine(platform: NodeJS.Platform, arch: string, env: BrowserSearch['env'], present: string[]): BrowserSearch {
  return { env, platform, arch, isExecutable: (path) => present.includes(path), playwrightChromium: PLAYWRIGHT };
}

describe('chooseBrowser', () => {
  test.each<[string, BrowserSearch, BrowserChoice]>([
    [
      'CHROME_PATH first, over a system browser',
      machine('linux', 'x64', { CHROME_PATH: '/opt/mine/chrome' }, ['/opt/mine/chrome', '/usr/bin/chromium']),
      { kind: 'path', path: '/opt/mine/chrome', from: 'CHROME_PATH' },
    ],
    [
      'a CHROME_PATH naming nothing is an error, not a silent fallback',
      machine('linux', 'x64', { CHROME_PATH: '/opt/missing' }, ['/usr/bin/chromium']),
      { kind: 'missing', message: 'CHROME_PATH=/opt/missing: no executable file there' },
    ],
    [
      "Debian's Chromium",
      machine('linux', 'x64', {}, ['/usr/bin/chromium', '/usr/bin/google-chrome']),
      { kind: 'path', path: '/usr/bin/chromium', from: 'system' },
    ],
    [
      'Google Chrome at its install path',
      machine('linux', 'arm64', {}, ['/opt/google/chrome/chrome']),
      { kind: 'path', path: '/opt/google/chrome/chrome', from: 'system' },
    ],
    [
      'a Chromium on PATH',
      machine('linux', 'x64', { PATH: '/home/me/bin:/usr/local/bin' }, ['/usr/local/bin/chromium']),
      { kind: 'path', path: '/usr/local/bin/chromium', from: 'system' },
    ],
    [
      'Chrome on macOS',
      machine('darwin', 'arm64', { HOME: '/Users/me' }, ['/Users/me/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']),
      { kind: 'path', path: '/Users/me/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', from: 'system' },
    ],
    [
      'Chrome on Windows',
      machine('win32', 'x64', { PROGRAMFILES: 'C:\\Program Files' }, ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe']),
      { kind: 'path', path: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', from: 'system' },
    ],
    [
      'chrome.exe on a Windows Path',
      machine('win32', 'x64', { Path: 'C:\\tools;C:\\chrome' }, ['C:\\chrome\\chrome.exe']),
      { kind: 'path', path: 'C:\\chrome\\chrome.exe', from: 'system' },
    ],
    [
      "Playwright's own Chromium after `npx playwright install chromium`",
      machine('darwin', 'x64', {}, [PLAYWRIGHT]),
      { kind: 'path', path: PLAYWRIGHT, from: 'playwright' },
    ],
    ['no browser on Linux x64: the one npm ci installed', machine('linux', 'x64', { PATH: '/usr/bin' }, []), { kind: 'bundled' }],
  ])('%s', (_name, search, expected) => {
    expect(chooseBrowser(search)).toEqual(expected);
  });

  test.each<[NodeJS.Platform, string]>([
    ['linux', 'arm64'],
    ['darwin', 'arm64'],
    ['win32', 'x64'],
  ])('no browser on %s-%s: a message saying to run npx playwright install chromium', (platform, arch) => {
    const choice = chooseBrowser(machine(platform, arch, { PATH: '/usr/bin' }, []));
    expect(choice.kind).toBe('missing');
    expect(choice.kind === 'missing' && choice.message).toContain('npx playwright install chromium');
    expect(choice.kind === 'missing' && choice.message).toContain('CHROME_PATH');
  });
});
