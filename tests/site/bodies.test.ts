/**
 * Bodies as page data: a reference by hash that changes with the text (and with where the
 * entry lives, which decides where its pictures are published), rendered once through the
 * configured Markdown processor, pictures beside the entry at their `/media/` address.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_ENV } from '../../src/config.ts';
import { bodyRef, markdownHtml } from '../../src/site/bodies.ts';

const content = '/site/content';
let before: string | undefined;
beforeAll(() => {
  before = process.env[CONTENT_ENV];
  process.env[CONTENT_ENV] = content;
});
afterAll(() => {
  if (before === undefined) delete process.env[CONTENT_ENV];
  else process.env[CONTENT_ENV] = before;
});

const entry = (body: string, path = 'projects/2022/yiyuan.md') => ({ body, format: 'md', filePath: join(content, path) });

describe('a body as page data', () => {
  it('is absent when there is no text, and the same reference for the same text as Astro trims it', () => {
    expect(bodyRef(entry('  \n\n'))).toBeUndefined();
    expect(bodyRef(entry('\n新医院位于湖畔街道。\n'))).toEqual(bodyRef(entry('新医院位于湖畔街道。')));
    expect(bodyRef(entry('新医院位于湖畔街道。'))!.hash).not.toBe(bodyRef(entry('新医院位于西区。'))!.hash);
    expect(bodyRef(entry('新医院位于湖畔街道。'))!.hash).not.toBe(bodyRef(entry('新医院位于湖畔街道。', 'projects/2023/yiyuan.md'))!.hash);
  });

  it('renders GFM and publishes pictures beside the entry under /media/', async () => {
    const html = await markdownHtml(bodyRef(entry('| 楼栋 | 层数 |\n|---|---|\n| 住院楼 | 19 |\n\n![示意图](./xinyiyuan.svg) ![共用](../../media/qiao.jpg) ![网](https://example.org/a.png)'))!);
    expect(html).toContain('<td>住院楼</td>');
    expect(html).toContain('<img src="/media/projects/2022/xinyiyuan.svg" alt="示意图">');
    expect(html).toContain('<img src="/media/media/qiao.jpg" alt="共用">');
    expect(html).toContain('<img src="https://example.org/a.png" alt="网">');
    expect(html).not.toContain('__ASTRO_IMAGE_');
  });

  it('leaves out HTML beyond the allow-list', async () => {
    const html = await markdownHtml(bodyRef(entry('文字<script>alert(1)</script>\n\n<iframe src="https://example.org"></iframe>'))!);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<iframe');
  });
});
