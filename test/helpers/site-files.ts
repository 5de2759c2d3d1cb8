import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a built site, relative to it, with `/` separators. */
export function siteFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? siteFiles(join(dir, entry.name), path) : [path];
  });
}

/** Every built HTML page, relative to the site. */
export const htmlFiles = (dir: string) => siteFiles(dir).filter((path) => path.endsWith('.html'));

/** The file a site path is served from (`/topics/` → `topics/index.html`), as a static host finds it. */
export function fileForPath(pathname: string): string {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** The site path of a built HTML file (`topics/index.html` → `/topics/`). */
export function pathForFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
