/**
 * Views render from their page data alone (src/site/): no view, component or layout looks
 * anything up behind its back, reads a file, or carries a stylesheet of its own (every page
 * shares one, so that a page can be rendered on its own with the same head).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

const FOLDERS = ['src/views', 'src/components', 'src/layouts'];
const files = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(astro|ts)$/.test(path))
    .map((path) => join(folder, path)),
);

describe('views, components and layouts', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files)('%s looks nothing up: no getSiteModel, getEntry, getCollection, astro:content or file reads', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(text).not.toMatch(/\bgetSiteModel\b|\bgetEntry\b|\bgetCollection\b|astro:content|node:fs|site\/content\.ts/);
  });

  it.each(files.filter((file) => file.endsWith('.astro')))('%s has no stylesheet of its own', (file) => {
    expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(/<style[\s>]/);
  });
});
