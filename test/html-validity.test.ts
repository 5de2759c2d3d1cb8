import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { beforeAll, expect, test } from 'vitest';
import { fixtureSite, type FixtureSite } from './helpers/fixture-site.ts';
import { htmlFiles } from './helpers/site-files.ts';

/** html-validate's recommended and document presets, relaxed only where noted. */
const validatorConfig: ConfigData = {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Lists styled with `list-style: none` lose their list semantics in Safari/VoiceOver;
    // role="list" on them puts the semantics back on purpose.
    'no-redundant-role': ['error', { exclude: ['list'] }],
    // Subresource integrity guards files from other origins; the site loads only its own.
    'require-sri': ['error', { target: 'crossorigin' }],
    // An article's <title> is its headline plus the site name; headlines are the newsroom's
    // to write, and search engines shorten long titles themselves.
    'long-title': 'off',
  },
};

let site: FixtureSite;
beforeAll(async () => {
  site = await fixtureSite();
});

test('every built page passes html-validate with zero errors', async () => {
  const validator = new HtmlValidate(validatorConfig);
  const pages = htmlFiles(site.outDir);
  expect(pages.length).toBeGreaterThan(40);
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(join(site.outDir, page), 'utf8'), page);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity === 2) errors.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  expect(errors).toEqual([]);
});
