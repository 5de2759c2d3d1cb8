import { createRequire } from 'node:module';

/**
 * Astro's own front-matter reader (`parseFrontmatter` from the copy of
 * @astrojs/internal-helpers this project's Astro depends on: js-yaml's `load` with its default
 * schema), resolved through Astro's package so that code reading article files outside the
 * content collection gets the values the collection gets (`draft: True` is true, a date is a
 * UTC-midnight Date), with no second YAML reader to keep in step.
 */
const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const helpersPath = fromAstro.resolve('@astrojs/internal-helpers/frontmatter');
const helpers = createRequire(helpersPath)(helpersPath) as {
  parseFrontmatter: (code: string) => { frontmatter: Record<string, unknown> };
};

/** The front matter of a Markdown file as Astro reads it; `{}` when it has none. Throws what Astro would throw. */
export function parseFrontMatter(fileText: string): Record<string, unknown> {
  return helpers.parseFrontmatter(fileText).frontmatter;
}
