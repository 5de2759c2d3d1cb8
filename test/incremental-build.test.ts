import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { articlesFolder, buildSite } from './helpers/build-site.ts';
import { PHOTO_SLUG, writeGeneratedArticles } from './helpers/fixture-site.ts';
import { projectRoot, scratchDir } from './helpers/run-import.ts';
import { siteFiles } from './helpers/site-files.ts';

/**
 * Incremental builds (experimental.incrementalBuild, src/lib/cache-key.ts) copy pages from
 * the last build. After edits, what they produce must be byte for byte what a full build of
 * the same articles produces: every page that shows an edited article is rendered again.
 */
describe('an incremental rebuild after edits', () => {
  test('equals a full build, and reuses the pages the edits do not touch', async () => {
    const articles = articlesFolder(join(projectRoot, 'content/articles'));
    await writeGeneratedArticles(articles);
    const cacheDir = join(projectRoot, 'node_modules/.cache/news-builds', `incremental-${Date.now()}`);
    const outDir = scratchDir('news-site-incremental-');
    const reused = (log: string) => log.match(/\S+\.(?:html|xml|json)(?= \((?:restored|cached)\))/gu) ?? [];
    try {
      const first = buildSite(articles, { NEWS_CACHE_DIR: cacheDir }, outDir);
      expect(reused(first.log)).toEqual([]);

      // A new headline shows on the article, its neighbours, listings, related cards and feeds.
      const edited = join(articles, 'sample-story-7.md');
      writeFileSync(edited, readFileSync(edited, 'utf8').replace('Sample Story Number 7 About Regional Trade', 'Port Strike Ends After Talks'));
      // A removed article leaves its pages, lists and feeds.
      rmSync(join(articles, 'sample-story-12.md'));
      // A new article joins lists, topics and feeds.
      writeFileSync(
        join(articles, 'a-new-story.md'),
        '---\ntitle: A New Story From Amman\nslug: a-new-story\ndate: 2024-10-15\nlang: en\ndateline: Amman\ntags:\n  - Jordan\n---\n\nOfficials in Amman said on Sunday that a new bridge would open next year.\n',
      );

      // An edited sentence of a body shows on its page and in the feeds.
      const rewritten = join(articles, 'sample-story-3.md');
      writeFileSync(rewritten, readFileSync(rewritten, 'utf8').replace('business was picking up again', 'the port had reopened'));
      // Rendered bodies deleted from the cache (src/data/article-html.ts) are rendered again.
      rmSync(join(cacheDir, 'article-html'), { recursive: true });

      // A photo file replaced under the same name: the pages and feeds that show it change.
      await writeFile(join(articles, `${PHOTO_SLUG}.jpg`), await sharp({ create: { width: 1200, height: 1200, channels: 3, background: '#2050a0' } }).jpeg().toBuffer());

      const incremental = buildSite(articles, { NEWS_CACHE_DIR: cacheDir }, outDir);
      const full = buildSite(articles);

      expect(reused(incremental.log)).toContain('/articles/sample-story-20/index.html');
      expect(reused(incremental.log)).not.toContain('/articles/sample-story-7/index.html');
      expect(reused(incremental.log)).not.toContain(`/articles/${PHOTO_SLUG}/index.html`);
      expect(reused(incremental.log)).not.toContain('/articles/sample-story-3/index.html');
      expect(incremental.page('articles/sample-story-7/')).toContain('Port Strike Ends After Talks');
      expect(incremental.page('articles/sample-story-3/')).toContain('the port had reopened');
      const files = siteFiles(full.outDir).sort();
      expect(siteFiles(incremental.outDir).sort()).toEqual(files);
      for (const file of files) {
        expect(readFileSync(join(incremental.outDir, file), 'utf8'), file).toBe(readFileSync(join(full.outDir, file), 'utf8'));
      }
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
