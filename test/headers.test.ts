import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { projectRoot } from './helpers/run-import.ts';

/** The rules of a Netlify/Cloudflare `_headers` file: a path pattern, then indented `Name: value` lines. */
function headerRules(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** `*` matches any run of characters, as both hosts read it. */
const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('.*')}$`, 'u').test(path);

/** The Content-Security-Policy values a path is served with (every matching rule adds its own). */
function policies(path: string): string[] {
  const rules = headerRules(readFileSync(join(projectRoot, 'public/_headers'), 'utf8'));
  return rules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.headers.filter(([name]) => name === 'content-security-policy').map(([, value]) => value));
}

test.each(['/favicon.svg', '/logo.svg', '/_astro/photo.B1x2y3.svg'])('%s is served with a policy that runs no script and loads nothing', (path) => {
  const svgPolicy = policies(path).find((policy) => /script-src 'none'/u.test(policy));
  expect(svgPolicy).toBeDefined();
  expect(svgPolicy).toMatch(/default-src 'none'/u);
  expect(svgPolicy).toMatch(/\bsandbox\b/u);
});

test('pages keep only the site-wide header policy (their own is in the meta tag)', () => {
  expect(policies('/articles/some-story/')).toEqual(["frame-ancestors 'none'; object-src 'none'; base-uri 'self'"]);
});
