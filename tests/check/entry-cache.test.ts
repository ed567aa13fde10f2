/**
 * The entry cache (src/check/entry-cache.ts) makes a check faster, never different: a
 * check that takes entries from it reports exactly what a check reading every file does,
 * lines of problems included, and a file changed since is read again.
 */
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/check/index.ts';
import { sandbox, TODAY, type Sandbox } from '../helpers.ts';

let box: Sandbox;
let cache: string;
beforeEach(() => {
  box = sandbox();
  cache = join(box.root, 'cache');
});
afterEach(() => box.dispose());

/** What a check prints, with or without the cache. */
async function lines(withCache: boolean): Promise<string[]> {
  const result = await checkContent({ contentDir: box.content, today: TODAY, lang: 'en', cwd: box.root, ...(withCache ? { cache } : {}) });
  return [...result.problems.map((p) => formatProblem(p, 'en')), `${result.errors} errors, ${result.files.length} files`];
}

describe('the entry cache', () => {
  it('gives the same problems, with their lines, as reading every file', async () => {
    // Problems of a file's own (a schema error) and across files (a reference), both with lines.
    box.edit('projects/2022/xinyiyuan.md', (text) => text.replace(/^progress: .*$/m, 'progress: 140'));
    box.edit('updates/2022-06-30-fengding.md', (text) => text.replace('2022/xinyiyuan', '2022/nowhere'));
    const fresh = await lines(false);
    expect(fresh.length).toBeGreaterThan(2);
    expect(await lines(true)).toEqual(fresh);
    expect(existsSync(join(cache, 'minsheng', 'entries.v8'))).toBe(true);
    // The second check takes every entry from the cache.
    expect(await lines(true)).toEqual(fresh);
  });

  it('reads a file again once it has changed, even to the same size and time', async () => {
    const path = join(box.content, 'projects/2022/xinyiyuan.md');
    // A time in whole seconds, which can be put back exactly.
    const time = new Date('2026-01-01T00:00:00Z');
    utimesSync(path, time, time);
    expect((await lines(true)).at(-1)).toMatch(/^0 errors/);
    // The same length, an error now (a status that does not exist), and the modification time put back: only the change time differs.
    const { mtimeMs, size } = statSync(path);
    box.edit('projects/2022/xinyiyuan.md', (text) => text.replace('status: in-progress', 'status: in-progresz'));
    utimesSync(path, time, time);
    expect(statSync(path)).toMatchObject({ size, mtimeMs });
    const changed = await lines(true);
    expect(changed.at(-1)).toMatch(/^1 errors/);
    expect(changed).toEqual(await lines(false));
  });

  it('drops the files that are gone, and writes a small change as a delta beside the whole', async () => {
    await lines(true);
    box.remove('updates/2022-06-30-fengding.md');
    const after = await lines(true);
    expect(after).toEqual(await lines(false));
    expect(readdirSync(join(cache, 'minsheng')).sort()).toEqual(['entries-delta.v8', 'entries.v8']);
    expect(await lines(true)).toEqual(after);
  });
});
