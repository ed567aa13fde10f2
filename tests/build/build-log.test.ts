/**
 * What `npm run build` prints: the checker's lines and summary and where the site went, in
 * the site's language; none of the bundler's box art or Astro's English hook errors.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, sandbox, type Sandbox } from '../helpers.ts';

describe('the build log', () => {
  let box: Sandbox;
  let built: ReturnType<typeof buildSite>;
  let refused: ReturnType<typeof buildSite>;

  beforeAll(() => {
    box = sandbox();
    built = buildSite(box.content, join(box.root, 'dist'), join(box.root, 'cache'));
    box.edit('projects/2022/xinyiyuan.md', (t) => t.replace('status: in-progress', 'status: complete'));
    refused = buildSite(box.content, join(box.root, 'dist'), join(box.root, 'cache'));
  }, 240_000);
  afterAll(() => box?.dispose());

  it('of a build says what was checked and where the site is, without bundler noise', () => {
    const log = built.stdout + built.stderr;
    expect(built.status, log).toBe(0);
    expect(log).toContain('已检查 19 个文件：没有错误。');
    expect(log).toContain(`网站已生成在 ${join(box.root, 'dist')}`);
    expect(log).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(log).not.toContain('╭');
  });

  it('of a site with no updates yet says nothing of empty collections', () => {
    const fresh = sandbox();
    try {
      for (const name of readdirSync(join(fresh.content, 'updates'))) fresh.remove(`updates/${name}`);
      const result = buildSite(fresh.content, join(fresh.root, 'dist'), join(fresh.root, 'cache'));
      const log = result.stdout + result.stderr;
      expect(result.status, log).toBe(0);
      expect(log).not.toContain('does not exist or is empty');
      expect(log).not.toContain('No files found');
    } finally {
      fresh.dispose();
    }
  });

  it('of a refused build names the problem and nothing of Astro', () => {
    const log = refused.stdout + refused.stderr;
    expect(refused.status).toBe(1);
    expect(log).toContain('content/projects/2022/xinyiyuan.md:7: status: 填写的是 "complete"');
    expect(log).toContain('已检查 19 个文件：1 个错误。改正全部错误之后才能发布。');
    expect(log).not.toContain('An unhandled error occurred');
    expect(log).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });
});
