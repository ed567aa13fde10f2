/**
 * The allow-list of body HTML (src/lib/body-html.ts) in the two pipelines that render
 * bodies: Sätteri for `.md` (raw HTML parsed into elements first) and rehype for `.mdx`.
 * What a report needs stays as written; scripts, refreshes, handlers and addresses other
 * than https, http, mailto and relative ones go, whatever the nesting or spelling.
 */
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isAllowedUrl, rehypeBodyAllowList, satteriBodyAllowList } from '../../src/lib/body-html.ts';

/** A `.md` body as the site renders it (astro.config.mjs). */
async function renderMarkdown(body: string): Promise<string> {
  return (await markdownToHtml(body, { features: { rawHtml: true }, hastPlugins: [satteriBodyAllowList] })).html;
}

/** A `.mdx` body compiled as the site compiles it (astro.config.mjs). */
async function compileMdx(body: string): Promise<string> {
  return String(await compile(body, { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeBodyAllowList] }));
}

describe('addresses of links and pictures', () => {
  it.each([
    ['https://example.org/a?b#c', true],
    ['http://example.org/', true],
    ['mailto:office@example.org', true],
    ['HTTPS://EXAMPLE.ORG/', true],
    ['/2022/', true],
    ['./photo.jpg', true],
    ['#section', true],
    ['//example.org/', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' \u0001javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['file:///etc/passwd', false],
    ['ftp://example.org/', false],
  ])('%j allowed: %s', (url, allowed) => {
    expect(isAllowedUrl(url)).toBe(allowed);
  });
});

describe('a Markdown body', () => {
  it('loses what could navigate, run or hide, and keeps its text', async () => {
    const html = await renderMarkdown(
      [
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        '',
        '说明 <span onclick="alert(1)">文字 <a href="JAVASCRIPT:alert(2)">内</a></span> [链接](javascript:alert(3)) <a href=" java&#x09;script:alert(4)" title="提示">藏</a>',
        '',
        '<div class="x"><p onmouseover="alert(5)">深处 <img src="x.png" onerror="alert(6)"> <a href="data:text/html,x">数据</a><!-- 注释 --></p></div>',
        '',
        '<script>alert(7)</script><style>body{display:none}</style><iframe src="https://evil.example/"></iframe>',
        '',
        '<svg><script>alert(8)</script><text>画</text></svg><form action="https://evil.example/"><input name="id">填表</form>',
      ].join('\n'),
    );
    expect(html).toBe(
      [
        '',
        '<p>说明 文字 <a>内</a> <a>链接</a> <a title="提示">藏</a></p>',
        '<p>深处 <img src="x.png"> <a>数据</a></p>',
        '',
        // The parser closes the paragraph the form opened: empty, and harmless.
        '<p></p>填表<p></p>',
        '',
      ].join('\n'),
    );
  });

  it('keeps what reports need, and what Markdown writes for tables, footnotes and task lists', async () => {
    const body = [
      '## 进展 <sup>1</sup>',
      '',
      '<figure><img src="./photo.jpg" alt="工地" width="600"><figcaption>工地 <em>现场</em></figcaption></figure>',
      '',
      '<table><tr><th colspan="2" align="center">甲</th></tr><tr><td>1</td><td rowspan="1">2</td></tr></table>',
      '',
      '[来源](https://example.org/ "报道") <a href="mailto:office@example.org">信箱</a> H<sub>2</sub>O <del>旧</del> **重点**',
      '',
      '- [x] 完成',
      '',
      '说明[^1]',
      '',
      '[^1]: 注释',
    ].join('\n');
    const html = await renderMarkdown(body);
    expect(html).toBe((await markdownToHtml(body, { features: { rawHtml: true } })).html);
    expect(html).toContain('<th colspan="2" align="center">甲</th>');
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a>');
    expect(html).toContain('<input type="checkbox" checked disabled>');
  });

  it('nested hundreds deep keeps its text; thousands deep is left out whole, and never fails the page', async () => {
    const nested = (depth: number) => `${'<div>'.repeat(depth)}文字<script>alert(1)</script>${'</div>'.repeat(depth)}`;
    expect(await renderMarkdown(nested(400))).toBe('文字\n');
    expect(await renderMarkdown(`甲\n\n${nested(50_000)}`)).toBe('<p>甲</p>\n');
  });

  it('may not use a text field, nor the ids and classes of the page', async () => {
    expect(await renderMarkdown('<ul class="nav"><li id="search" class="x">项</li></ul> <input type="text" value="身份证号">')).toBe('<ul><li>项</li></ul> \n');
  });
});

describe('an MDX report', () => {
  it('loses HTML beyond the allow-list and keeps its components', async () => {
    const code = await compileMdx(
      [
        '<meta httpEquiv="refresh" content="0;url=https://evil.example/" />',
        '',
        '<a href="javascript:alert(1)" onClick="alert(2)">甲</a> <a href={link}>乙</a> <a href="https://example.org/" title="来源">丙</a> [丁](data:text/html,x)',
        '',
        '<div><iframe src="https://evil.example/"></iframe><p style="display:none" {...props}>戊</p></div>',
        '',
        '<ProgressChart id="2022/xinyiyuan" />',
      ].join('\n'),
    );
    expect(code).not.toMatch(/meta|refresh|javascript|onClick|iframe|data:text|style|\blink\b/);
    expect(code).toMatch(/_jsx\("a", \{\s*children: "甲"\s*\}\), " ", _jsx\("a", \{\s*children: "乙"\s*\}\)/);
    expect(code).toMatch(/_jsx\("a", \{\s*href: "https:\/\/example\.org\/",\s*title: "来源",\s*children: "丙"\s*\}\)/);
    expect(code).toMatch(/_jsx\(_components\.a, \{\s*children: "丁"\s*\}\)/);
    expect(code).toMatch(/_jsx\("p", \{\s*children: "戊"\s*\}\)/);
    expect(code).toMatch(/_jsx\(ProgressChart, \{\s*id: "2022\/xinyiyuan"\s*\}\)/);
  });
});
