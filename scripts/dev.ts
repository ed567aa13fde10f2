/**
 * `npm run dev [-- --content <dir>] [--port <n>] [--host <address>]`: live preview while
 * writing; drafts are shown, marked. Content problems never stop it: they are printed at
 * start and on every save, and shown in the browser until fixed (src/dev/problems.ts).
 */
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { dev } from 'astro';
import { cacheDir, contentDir } from '../src/config.ts';
import { parseCommand } from './lib/args.ts';

const usage = `Usage: npm run dev -- [--content <dir>] [--port <n>] [--host <address>]

Serves a live preview of the site while you edit the content. Every problem of the content
is printed here at start and whenever a file is saved; while one is an error, the browser
shows the list of problems instead of the page, until the files are fixed.`;

const { values } = parseCommand(usage, { port: { type: 'string' }, host: { type: 'string' } });
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error(`--port: “${values.port}” is not a port; expected a whole number from 1 to 65535\n\n${usage}`);
  process.exit(2);
}
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const project = process.cwd();
const server = { ...(port ? { port } : {}), ...(values.host ? { host: values.host } : {}) };

/**
 * The preview keeps its data store in `.astro/` of Astro's root and watches it: two
 * previews of different content folders from one install would read each other's entries.
 * So a content folder other than `content/` is previewed from a root of its own, in its
 * cache folder (src/config.ts), with the project's code, pages and public files.
 */
function ownRoot(): { root: string; srcDir: string; publicDir: string; configFile: string } | undefined {
  if (contentDir() === resolve(project, 'content')) return undefined;
  const root = join(cacheDir(), 'preview');
  mkdirSync(root, { recursive: true });
  const modules = join(root, 'node_modules');
  if (!existsSync(modules)) symlinkSync(join(project, 'node_modules'), modules, process.platform === 'win32' ? 'junction' : 'dir');
  return { root, srcDir: join(project, 'src'), publicDir: join(project, 'public'), configFile: relative(root, join(project, 'astro.config.mjs')) };
}

const own = ownRoot();
await dev(own ? { ...own, server, vite: { server: { fs: { allow: [project, own.root] } } } } : { server });
