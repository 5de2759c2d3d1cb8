/**
 * `node bench/search-bytes.ts [--site dist] [query …]`: the bytes the search page fetches from the
 * search index for each query (bench/lib/search-bytes.ts), one JSON line per query. Without
 * queries, the benchmark's typical ones.
 */
import { parseArgs } from 'node:util';
import { searchBytes, TYPICAL_QUERIES } from './lib/search-bytes.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { site: { type: 'string', default: 'dist' } } });
for (const measured of await searchBytes(values.site, positionals.length > 0 ? positionals : TYPICAL_QUERIES)) console.log(JSON.stringify(measured));
