/**
 * Inputs made to exhaust the checker end within seconds with one error naming the file:
 * a YAML alias bomb, fields nested thousands deep, an entry of 50 MB. The checker runs as
 * `npm run check` does, in a process of its own with little memory, so that a regression
 * fails the test instead of the machine.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, sandbox, type Sandbox } from '../helpers.ts';

let box: Sandbox | undefined;
afterEach(() => box?.dispose());

/** `npm run check -- --content-only` on a copy of the fixture after `change`: its exit code and lines. */
function checkAfter(change: (box: Sandbox) => void, lang: 'en' | 'zh' = 'en'): { status: number | null; lines: string[] } {
  box = sandbox();
  change(box);
  const run = spawnSync(process.execPath, ['--max-old-space-size=256', join(ROOT, 'scripts/check.ts'), '--content', box.content, '--content-only', '--lang', lang], {
    cwd: box.root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 22, 4) / 1000) },
  });
  return { status: run.status, lines: run.stdout.trimEnd().split('\n') };
}

const front = (fields: string, body = '') => `---\ntitle: 测试\n${fields}\n---\n${body}`;

/** "Billion laughs": nine levels of nine aliases, 9^9 values from a few hundred bytes. */
function aliasBomb(): string {
  const levels = ['a: &a ["哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈"]'];
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i);
    const previous = String.fromCharCode(96 + i);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  return levels.join('\n');
}

describe('the checker on inputs made to exhaust it', () => {
  it('refuses a YAML alias bomb in a frontmatter at its first anchor, naming file and line', { timeout: 90_000 }, () => {
    const { status, lines } = checkAfter((b) => b.write('projects/2022/bomb.md', front(aliasBomb())));
    expect(status).toBe(1);
    expect(lines).toEqual([
      'content/projects/2022/bomb.md:3: the frontmatter uses the YAML anchor &a; expected every value written out in full: frontmatter accepts no anchors or aliases (& and *)',
      'Checked 20 files: 1 error. Nothing is published until every error is fixed.',
    ]);
  });

  it('refuses an anchor also where it is used once, in Chinese', { timeout: 90_000 }, () => {
    const { lines } = checkAfter((b) => b.edit('projects/2022/xinyiyuan.md', (t) => t.replace('districts: [hupan]', 'districts: &places [hupan]')), 'zh');
    expect(lines[0]).toBe('content/projects/2022/xinyiyuan.md:6: 文件头使用了 YAML 锚点 &places；每个值都应完整写出：文件头不接受锚点和别名（& 和 *）');
  });

  it('reports JSON nested 4,000 deep instead of overflowing the stack', { timeout: 90_000 }, () => {
    const deep = `{"title": "深", "metrics": ${'['.repeat(4000)}${']'.repeat(4000)}}`;
    const { status, lines } = checkAfter((b) => b.write('projects/2022/deep.json', deep));
    expect(status).toBe(1);
    expect(lines).toEqual([
      'content/projects/2022/deep.json:1: lists and groups of fields are nested more than 32 levels deep; expected the fields of content-format.md, a few levels deep',
      'Checked 20 files: 1 error. Nothing is published until every error is fixed.',
    ]);
  });

  it('reports a frontmatter nested 4,000 deep as YAML it does not read', { timeout: 90_000 }, () => {
    const { status, lines } = checkAfter((b) => b.write('projects/2022/deep.md', front(`metrics: ${'['.repeat(4000)}${']'.repeat(4000)}`)));
    expect(status).toBe(1);
    expect(lines[0]).toMatch(/^content\/projects\/2022\/deep\.md:3: the frontmatter is not valid YAML \(nesting exceeded maxDepth \(100\)\); /);
  });

  it('refuses an entry of 50 MB without reading it, naming the file and the limit', { timeout: 90_000 }, () => {
    const huge = front('date: 2022-07-11\nprojects: [2022/xinyiyuan]\nkind: progress', `${'进展顺利。'.repeat(50 * 1024 * 1024 / 15)}\n`);
    const { status, lines } = checkAfter((b) => b.write('updates/2022-07-11-huge.md', huge));
    expect(status).toBe(1);
    expect(lines).toEqual([
      'content/updates/2022-07-11-huge.md: the file is 50 MiB, larger than the limit of 1 MiB for one entry; expected an entry\'s fields and text: split a long text into several entries, and keep pictures and documents as files beside the entry',
      'Checked 20 files: 1 error. Nothing is published until every error is fixed.',
    ]);
  });
});
