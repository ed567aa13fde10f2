/**
 * The preview's checks wait for a moment without changes: a file that an editor or a copy
 * tool writes in several steps is checked once it is whole, even when the watcher reported
 * only its first step.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { previewChecks } from '../../src/dev/problems.ts';
import { sandbox, TODAY, type Sandbox } from '../helpers.ts';

const HOSPITAL = 'projects/2022/xinyiyuan.md';
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

let box: Sandbox | undefined;
afterEach(() => box?.dispose());

async function checksOf(copy: Sandbox) {
  const summaries: string[] = [];
  const logger = { info: (line: string) => summaries.push(line), warn: () => {}, error: () => {} };
  const first = await checkContent({ contentDir: copy.content, today: TODAY, lang: 'en', cwd: copy.root });
  const checks = previewChecks({ contentDir: copy.content, cwd: copy.root, today: () => TODAY, lang: () => 'en', logger, quietMs: 100 }, first);
  return { checks, summaries };
}

describe('the preview checks', () => {
  it('read a file written in two steps as it ends, when the watcher reported only the first', async () => {
    box = sandbox();
    const whole = box.read(HOSPITAL);
    const { checks, summaries } = await checksOf(box);
    // A copy tool's first step: the file is there, but cut short.
    box.write(HOSPITAL, whole.slice(0, 20));
    const checked = checks.recheck();
    await pause(20);
    box.write(HOSPITAL, whole);
    await checked;
    const { result } = await checks.latest();
    expect(result.errors).toBe(0);
    expect(summaries).toHaveLength(1);
  });

  it('answer a burst of changes with one check', async () => {
    box = sandbox();
    const { checks, summaries } = await checksOf(box);
    box.edit(HOSPITAL, (text) => text.replace('status: in-progress', 'status: complete'));
    await Promise.all([checks.recheck(), checks.recheck(), checks.recheck()]);
    const { result } = await checks.latest();
    expect(result.errors).toBe(1);
    expect(summaries).toHaveLength(1);
  });
});
