/**
 * `node src/search-index/cli.ts [--site DIR] [--config pagefind.yml] [--cache DIR] [--shard-pages N]`:
 * builds the search index of every edition of a built site (`npm run build` runs it after
 * `astro build`), re-indexing only the shards whose pages changed since the last build
 * (src/search-index/build.ts).
 * `--shard-pages` overrides the shard size (tests use small shards on small sites).
 */
import { parseArgs } from 'node:util';
import { buildSearchIndex } from './build.ts';
import { readSearchIndexConfig, searchIndexCacheDir } from './config.ts';
import { buildCacheDir, site } from '../site.config.ts';

const { values } = parseArgs({
  options: { site: { type: 'string' }, config: { type: 'string', default: 'pagefind.yml' }, cache: { type: 'string' }, 'shard-pages': { type: 'string' } },
});
const shardPages = values['shard-pages'] === undefined ? undefined : Number(values['shard-pages']);
if (shardPages !== undefined && !(Number.isInteger(shardPages) && shardPages >= 1)) throw new Error(`--shard-pages takes a whole number ≥ 1, not "${values['shard-pages']}"`);
const config = readSearchIndexConfig(values.config);
const cacheDir = values.cache ?? searchIndexCacheDir(buildCacheDir());
const started = performance.now();
await buildSearchIndex({ ...config, site: values.site ?? config.site, editions: site.editions, cacheDir, shardPages, log: (line) => console.log(line) });
console.log(`search index: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
