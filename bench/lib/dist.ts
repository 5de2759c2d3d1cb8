/** Sizes of a built site: files, pages, and the gzip size of article pages. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './stats.ts';

export interface DistStats {
  htmlPages: number;
  bytes: number;
  /** Median gzip size (level 9) of a sample of article pages. */
  articlePageGzipBytes: number | null;
  /** Median bytes the search page fetches from the index for a typical query (bench/lib/search-bytes.ts); set by the benchmark. */
  searchQueryBytes?: number | null;
}

/** Files under `dir`, relative paths. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(prefix, entry.name);
    return entry.isDirectory() ? listFiles(join(dir, entry.name), path) : [path];
  });
}

/** Counts pages and bytes; gzips up to `sample` article pages spread evenly over the archive. */
export function distStats(outDir: string, sample = 200): DistStats {
  const files = listFiles(outDir);
  const bytes = files.reduce((total, file) => total + statSync(join(outDir, file)).size, 0);
  const articles = files.filter((file) => file.startsWith('articles/') && file.endsWith('index.html')).sort();
  const step = Math.max(1, Math.floor(articles.length / sample));
  const sizes = articles.filter((_, index) => index % step === 0).map((file) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length);
  return { htmlPages: files.filter((file) => file.endsWith('.html')).length, bytes, articlePageGzipBytes: median(sizes) };
}
