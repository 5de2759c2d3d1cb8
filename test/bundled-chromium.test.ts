import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BROWSER_ARGS } from '../e2e/browser.ts';
import { bundledChromium } from '../e2e/bundled-chromium.ts';
import { projectRoot } from './helpers/run-import.ts';

/**
 * The browser a machine without Chrome or Chromium falls back to (e2e/browser.ts). Tried here
 * even where a system browser exists, so that CI keeps the fallback working. The npm package
 * carries a Linux x64 build only.
 */
test.runIf(process.platform === 'linux' && process.arch === 'x64')('the Chromium npm ci installs starts from node_modules/.cache and lays out Arabic and Latin text', async () => {
  const bundled = bundledChromium();
  expect(bundled.executablePath.startsWith(join(projectRoot, 'node_modules/.cache/sparticuz-chromium-'))).toBe(true);
  expect(bundled.from).toMatch(/^@sparticuz\/chromium \d+\.\d+\.\d+$/);
  const browser = await chromium.launch({ executablePath: bundled.executablePath, env: { ...process.env, ...bundled.env } as Record<string, string>, args: BROWSER_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent('<p id="ar" lang="ar" dir="rtl"><span>افتتاح جناح جديد</span></p><p id="en"><span>A new wing opens</span></p>');
    for (const id of ['ar', 'en']) {
      const box = await page.locator(`#${id} span`).boundingBox();
      expect(box?.width, id).toBeGreaterThan(50);
    }
    expect(await page.locator('#ar').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  } finally {
    await browser.close();
  }
});
