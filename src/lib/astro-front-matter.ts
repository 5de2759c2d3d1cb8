import { createRequire } from 'node:module';

/**
 * Astro's own front-matter reader, as the build will run it: `parseFrontmatter` from the copy
 * of @astrojs/internal-helpers that this project's Astro depends on (js-yaml's `load` with its
 * default schema), and that js-yaml's `load`. Resolved through Astro's package, so an upgrade
 * of Astro brings its reader here too, with no second copy to keep in step. The importer checks
 * what it writes with it; the sitemap reads article files outside the collection with it and
 * gets the values the collection gets (`draft: True` is true, a date is a UTC-midnight Date).
 */
const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const helpersPath = fromAstro.resolve('@astrojs/internal-helpers/frontmatter');
const helpers = createRequire(helpersPath)(helpersPath) as {
  parseFrontmatter: (code: string) => { frontmatter: Record<string, unknown> };
};
const jsYaml = createRequire(helpersPath)('js-yaml') as { load: (text: string) => unknown };

/** The front matter of an article file as Astro reads it (`{}` when it has none); throws what Astro would throw. */
export function readFrontMatterAsAstro(fileText: string): Record<string, unknown> {
  return helpers.parseFrontmatter(fileText).frontmatter;
}

/** A YAML scalar as Astro's reader takes it when written plain (unquoted). */
export function readPlainScalarAsAstro(text: string): unknown {
  return jsYaml.load(text);
}
