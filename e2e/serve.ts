/**
 * `node e2e/serve.ts [--port N] [--dir DIR]`: builds the test fixture site (unless a build of the
 * same inputs is cached) and serves it on 127.0.0.1 until stopped. With `--dir dist` it serves
 * that folder as it is. Playwright's webServer runs this.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fixtureSite } from '../test/helpers/fixture-site.ts';
import { serveStatic } from './static-server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4399' }, dir: { type: 'string' } } });
const root = values.dir ? resolve(values.dir) : (await fixtureSite()).outDir;
const server = await serveStatic(root, Number(values.port));
console.log(`Serving ${root} at ${server.url}/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}
