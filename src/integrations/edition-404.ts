import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro writes only the root `404` route as `404.html`; an edition's comes out as
 * `ar/404/index.html`. Hosts that serve the nearest 404.html (Cloudflare Pages, and
 * Netlify through netlify.toml) look for `ar/404.html`: this moves it there after the build.
 */
export function moveEditionNotFoundPages(editions: readonly string[]): AstroIntegration {
  return {
    name: 'edition-404-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const edition of editions) {
          const folder = fileURLToPath(new URL(`${edition}/404/`, dir));
          if (!existsSync(`${folder}index.html`)) continue;
          renameSync(`${folder}index.html`, fileURLToPath(new URL(`${edition}/404.html`, dir)));
          rmdirSync(folder);
        }
      },
    },
  };
}
