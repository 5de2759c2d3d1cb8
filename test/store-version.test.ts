import { appendFileSync, cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeInputs, storeVersion } from '../src/data/articles-loader.ts';
import { localModules } from '../src/data/module-graph.ts';
import { projectRoot } from './helpers/run-import.ts';

/**
 * The store version (src/data/articles-loader.ts) decides whether stored articles and every
 * page built from them are rendered again. It must change with any module that shapes what
 * the store holds, and with nothing else: a change to the importer re-renders nothing.
 */
describe('the store version, on a copy of the project', () => {
  let copy: string;
  let root: URL;
  let base: string;

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'news-store-version-'));
    for (const path of ['src', 'astro.config.mjs', 'package-lock.json']) cpSync(join(projectRoot, path), join(copy, path), { recursive: true });
    root = pathToFileURL(`${copy}/`);
    base = await storeVersion(root);
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  /** The version with `path` edited, then the file put back. */
  async function versionWithEdited(path: string): Promise<string> {
    const file = join(copy, path);
    const text = readFileSync(file);
    try {
      appendFileSync(file, '\n// edited\n');
      return await storeVersion(root);
    } finally {
      writeFileSync(file, text);
    }
  }

  test('its inputs are the modules the content config and the Markdown options reach, and the lock file', async () => {
    const inputs = await storeInputs(root);
    expect(inputs).toEqual(
      expect.arrayContaining([
        'src/content.config.ts',
        'src/data/articles-loader.ts',
        'src/data/article-html.ts',
        'src/data/pooled-markdown.ts',
        'src/data/article-render-worker.ts',
        'src/schema/article.ts',
        'src/site.config.ts',
        'src/markdown/article-markdown.ts',
        'src/markdown/sanitize-schema.ts',
        'src/markdown/rehype-relative-days.ts',
        'src/lib/summary.ts',
        'src/lib/relative-days.ts',
        'package-lock.json',
      ]),
    );
    expect(inputs.filter((path) => /^src\/(ingest|pages|components|layouts|integrations)\//.test(path))).toEqual([]);
    expect(inputs).not.toEqual(expect.arrayContaining(['astro.config.mjs']));
    expect(inputs).not.toEqual(expect.arrayContaining(['src/lib/sitemap-editions.ts']));
  });

  test('changes when any of its inputs changes', async () => {
    const inputs = await storeInputs(root);
    for (const path of inputs) expect(await versionWithEdited(path), path).not.toBe(base);
  });

  test('stays the same when a module only the importer or the pages use changes', async () => {
    const inputs = new Set(await storeInputs(root));
    const others = globSync('src/**/*.{ts,astro,css}', { cwd: copy }).filter((path) => !inputs.has(path));
    expect(others).toEqual(
      expect.arrayContaining(['src/ingest/import-dump.ts', 'src/ingest/parse-article.ts', 'src/lib/pagination.ts', 'src/lib/sitemap-editions.ts', 'src/integrations/edition-404.ts', 'src/data/article-dates.ts']),
    );
    for (const path of others) expect(await versionWithEdited(path), path).toBe(base);
  });

  test('stays the same when the Astro config changes: Astro clears the store itself when its values do, and the Markdown setting is a module of its own', async () => {
    expect(await versionWithEdited('astro.config.mjs')).toBe(base);
    expect(readFileSync(join(copy, 'astro.config.mjs'), 'utf8')).toMatch(/^ {2}markdown: articleMarkdownConfig,$/mu);
  });

  test('a module newly imported by the Markdown pipeline becomes an input', async () => {
    const plugin = join(copy, 'src/markdown/extra-step.ts');
    const options = join(copy, 'src/markdown/article-markdown.ts');
    const optionsText = readFileSync(options, 'utf8');
    try {
      writeFileSync(plugin, 'export const step = 1;\n');
      expect(await storeVersion(root)).toBe(base);
      writeFileSync(options, `import { step } from './extra-step.ts';\n${optionsText}`);
      const withImport = await storeVersion(root);
      expect(withImport).not.toBe(base);
      writeFileSync(plugin, 'export const step = 2;\n');
      expect(await storeVersion(root)).not.toBe(withImport);
    } finally {
      writeFileSync(options, optionsText);
      rmSync(plugin, { force: true });
    }
  });

  test('the same files in another folder give the same version', async () => {
    const other = mkdtempSync(join(tmpdir(), 'news-store-version-'));
    try {
      for (const path of ['src', 'astro.config.mjs', 'package-lock.json']) cpSync(join(copy, path), join(other, path), { recursive: true });
      expect(await storeVersion(pathToFileURL(`${other}/`))).toBe(base);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('localModules', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-module-graph-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const graph = async (files: Record<string, string>) => {
    rmSync(dir, { recursive: true, force: true });
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return localModules(dir, ['a.ts']);
  };

  test.each<[string, Record<string, string>, string[]]>([
    ['static imports, type imports and re-exports', { 'a.ts': "import { b } from './b.ts';\nimport type { C } from './c.ts';\nexport * from './d.ts';", 'b.ts': '', 'c.ts': '', 'd.ts': '' }, ['a.ts', 'b.ts', 'c.ts', 'd.ts']],
    ['through other modules, each once', { 'a.ts': "import './b.ts';", 'b.ts': "import './a.ts';\nimport './sub/c.ts';", 'sub/c.ts': "import '../b.ts';" }, ['a.ts', 'b.ts', 'sub/c.ts']],
    ['a dynamic import of a literal path', { 'a.ts': "const b = await import('./b.ts');", 'b.ts': '' }, ['a.ts', 'b.ts']],
    ['packages, builtins and virtual modules are not followed', { 'a.ts': "import { z } from 'astro/zod';\nimport 'node:fs';\nimport { getCollection } from 'astro:content';\nconst u = import.meta.url;" }, ['a.ts']],
    ['generics and type assertions do not hide an import', { 'a.ts': "const f = <T,>(x: T) => x as unknown as Array<T>;\nconst r = 1 / 2 / f(3);\nimport { b } from './b.ts';", 'b.ts': '' }, ['a.ts', 'b.ts']],
  ])('%s', async (_name, files, expected) => {
    expect(await graph(files)).toEqual(expected);
  });

  test('an import of a computed name is an error naming the module', async () => {
    await expect(graph({ 'a.ts': "const name = './b.ts';\nawait import(name);" })).rejects.toThrow(/^a\.ts: an import of a computed name cannot be followed/);
  });

  test('an import of a missing file is an error naming both modules', async () => {
    await expect(graph({ 'a.ts': "import './gone.ts';" })).rejects.toThrow(/^a\.ts imports gone\.ts: cannot read it \(ENOENT\)/);
  });
});
