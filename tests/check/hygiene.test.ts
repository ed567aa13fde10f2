/**
 * Hostile or odd text the checker refuses, with the exact lines it prints: direction
 * controls, invisible and overlong titles and names; web addresses with schemes other than
 * https, http and mailto; and HTML or link addresses in bodies beyond the allow-list of
 * src/lib/body-html.ts (the pages leave those out, and the press office learns why).
 */
import { describe, expect, it } from 'vitest';
import { checkLinesAfter } from '../helpers.ts';

const linesAfter = checkLinesAfter;

const HOSPITAL = 'projects/2022/xinyiyuan.md';
const UPDATE = 'updates/2022-12-20-wangong.md';
const REPORT = 'programmes/2022.mdx';
const ELEMENTS = 'h1, h2, h3, h4, h5, h6, p, br, hr, blockquote, pre, code, em, strong, del, sup, sub, ul, ol, li, input type="checkbox", table, caption, thead, tbody, tfoot, tr, th, td, a, img, figure, figcaption, section';
const LINK = 'expected an address starting with https://, http:// or mailto:, or a relative link';

describe('titles and names', () => {
  it('refuse direction controls, shown by their code point', async () => {
    // U+202E makes "新医院\u202Egnp.exe" display as "新医院exe.png".
    expect(await linesAfter((b) => b.edit(HOSPITAL, (t) => t.replace('title: 新医院建设', 'title: "发票\\u202Egnp.exe项目"')))).toEqual([
      'content/projects/2022/xinyiyuan.md:2: title: found "发票\\u202Egnp.exe项目"; expected text without direction controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which make text show in another order than it is written',
    ]);
  });

  it('refuse direction controls in a place name and an isolate in the site title, in Chinese', async () => {
    expect(
      await linesAfter((b) => {
        b.edit('districts/xiqu.json', (t) => t.replace('"name": "西区"', '"name": "西\\u200F区"'));
        b.edit('site.json', (t) => t.replace('"title": "测试民生"', '"title": "测试\\u2067民生\\u2069"'));
      }, 'zh'),
    ).toEqual([
      'content/districts/xiqu.json:1: name: 填写的是 "西\\u200F区"；应为不含文字方向控制符（U+202A–U+202E、U+2066–U+2069、U+200E、U+200F、U+061C）的文字，这些字符会让文字显示的顺序与书写的顺序不同',
      'content/site.json:2: title: 填写的是 "测试\\u2067民生\\u2069"；应为不含文字方向控制符（U+202A–U+202E、U+2066–U+2069、U+200E、U+200F、U+061C）的文字，这些字符会让文字显示的顺序与书写的顺序不同',
    ]);
  });

  it('refuse text that shows nothing: zero-width spaces, ideographic spaces, a word joiner', async () => {
    expect(
      await linesAfter((b) => {
        b.edit(UPDATE, (t) => t.replace('title: 新医院完工', 'title: "\\u200B\\u200B\\u200B"'));
        b.edit('themes/youxue.json', (t) => t.replace(/"name": "[^"]+"/, '"name": "\\u3000\\u2060\\u3000"'));
        b.edit(HOSPITAL, (t) => t.replace('alt: 新医院的示意图', 'alt: "\\uFEFF\\u200D"'));
      }),
    ).toEqual([
      'content/projects/2022/xinyiyuan.md:24: images[0].alt: found "\\u200D"; expected visible text, not only spaces or invisible characters such as zero-width spaces',
      'content/themes/youxue.json:1: name: found "\\u2060"; expected visible text, not only spaces or invisible characters such as zero-width spaces',
      'content/updates/2022-12-20-wangong.md:3: title: found "\\u200B\\u200B\\u200B"; expected visible text, not only spaces or invisible characters such as zero-width spaces',
    ]);
  });

  it('keep visible text that carries a joiner, and the ideographic space inside a name', async () => {
    expect(await linesAfter((b) => b.edit(HOSPITAL, (t) => t.replace('title: 新医院建设', 'title: "新医院\\u3000一期\\u200D建设"')))).toEqual([]);
  });

  it('refuse a title over 120 characters and other text over 500, with their length', async () => {
    expect(
      await linesAfter((b) => {
        b.edit(HOSPITAL, (t) => t.replace('title: 新医院建设', `title: ${'新医院'.repeat(3334)}`).replace('leadDepartment: 测试市卫生健康局', `leadDepartment: ${'局'.repeat(501)}`));
        b.edit(UPDATE, (t) => t.replace('title: 新医院完工', `title: ${'完'.repeat(121)}`));
        b.edit(REPORT, (t) => t.replace('summary: 测试市2022年承诺办好十件民生实事。', `summary: ${'事'.repeat(501)}`));
      }),
    ).toEqual([
      `content/programmes/2022.mdx:9: summary: found "${'事'.repeat(56)}… (501 characters); expected at most 500 characters`,
      `content/projects/2022/xinyiyuan.md:2: title: found "${'新医院'.repeat(18)}新医… (10002 characters); expected at most 120 characters`,
      `content/projects/2022/xinyiyuan.md:10: leadDepartment: found "${'局'.repeat(56)}… (501 characters); expected at most 500 characters`,
      `content/updates/2022-12-20-wangong.md:3: title: found "${'完'.repeat(56)}… (121 characters); expected at most 120 characters`,
    ]);
  });

  it('accept a title of exactly 120 characters', async () => {
    expect(await linesAfter((b) => b.edit(HOSPITAL, (t) => t.replace('title: 新医院建设', `title: ${'院'.repeat(120)}`)))).toEqual([]);
  });

  it('say the limit in Chinese', async () => {
    expect(await linesAfter((b) => b.edit(UPDATE, (t) => t.replace('title: 新医院完工', `title: ${'完'.repeat(121)}`)), 'zh')).toEqual([
      `content/updates/2022-12-20-wangong.md:3: title: 填写的是 "${'完'.repeat(56)}…（121 个字符）；应为不超过 120 个字符`,
    ]);
  });
});

describe('web addresses', () => {
  it('of sources allow https, http, mailto and files of the site only', async () => {
    const sources = [
      '{ title: 甲, publisher: 乙, date: "2022-03-15", url: "javascript:alert(1)" }',
      '{ title: 甲, publisher: 乙, date: "2022-03-15", url: "data:text/html,<script>alert(1)</script>" }',
      '{ title: 甲, publisher: 乙, date: "2022-03-15", url: "file:///etc/passwd" }',
      '{ title: 甲, publisher: 乙, date: "2022-03-15", url: "mailto:news@example.org" }',
      '{ title: 甲, publisher: 乙, date: "2022-03-15", url: "http://example.org/news/2" }',
    ];
    expect(await linesAfter((b) => b.edit(HOSPITAL, (t) => t.replace(/sources:\n.*\n/, `sources:\n${sources.map((s) => `  - ${s}\n`).join('')}`)))).toEqual([
      'content/projects/2022/xinyiyuan.md:26: sources[0].url: found "javascript:alert(1)"; expected a web address starting with https://, http:// or mailto:, or a file of the site under /files/ such as /files/2026/tongzhi.pdf',
      'content/projects/2022/xinyiyuan.md:26: sources[1].url: found "data:text/html,<script>alert(1)</script>"; expected a web address starting with https://, http:// or mailto:, or a file of the site under /files/ such as /files/2026/tongzhi.pdf',
      'content/projects/2022/xinyiyuan.md:26: sources[2].url: found "file:///etc/passwd"; expected a web address starting with https://, http:// or mailto:, or a file of the site under /files/ such as /files/2026/tongzhi.pdf',
    ]);
  });

  it('of the site allow https and http only, in Chinese', async () => {
    expect(await linesAfter((b) => b.edit('site.json', (t) => t.replace('"https://example.org"', '"mailto:office@example.org"')), 'zh')).toEqual([
      'content/site.json:7: baseUrl: 填写的是 "mailto:office@example.org"；应为以 https:// 或 http:// 开头的网址',
    ]);
  });
});

describe('bodies', () => {
  it('report HTML and link addresses beyond the allow-list, each on its line', async () => {
    const body = [
      '',
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
      '',
      '说明 <span onclick="alert(1)">文字</span> [链接](javascript:alert(2)) <a href="https://example.org/" onmouseover="alert(3)">来源</a>',
      '',
      '<div>',
      '<script>alert(4)</script>',
      '</div>',
      '',
      '![图](data:image/png;base64,AAAA) [参考][ref] <a href=" java&#x09;script:alert(5)">隐藏</a>',
      '',
      '[ref]: file:///etc/passwd',
      '',
      '[编码](javascript&#58;alert(6))',
      '',
      '上标 <sup>2</sup>、<del>删除</del>、<a href="mailto:office@example.org" title="信箱">信箱</a>、<img src="./xinyiyuan.svg" alt="图">、<a href="/2022/">相对</a>',
    ].join('\n');
    expect(await linesAfter((b) => b.edit(UPDATE, (t) => t + body))).toEqual([
      `content/updates/2022-12-20-wangong.md:9: body: uses the HTML element <meta>, which bodies may not hold and which pages leave out; expected Markdown, or only these elements: ${ELEMENTS}`,
      `content/updates/2022-12-20-wangong.md:11: body: uses the HTML element <span>, which bodies may not hold and which pages leave out; expected Markdown, or only these elements: ${ELEMENTS}`,
      `content/updates/2022-12-20-wangong.md:11: body: links to "javascript:alert(2)", which pages leave out; ${LINK}`,
      'content/updates/2022-12-20-wangong.md:11: body: <a> has the attribute "onmouseover", which bodies may not use and which pages leave out; expected only these attributes on <a>: href, id="user-content-fn…", class="data-footnote-backref", aria-describedby="footnote-label", aria-label, data-footnote-ref, data-footnote-backref, title',
      `content/updates/2022-12-20-wangong.md:13: body: uses the HTML element <div>, which bodies may not hold and which pages leave out; expected Markdown, or only these elements: ${ELEMENTS}`,
      `content/updates/2022-12-20-wangong.md:14: body: uses the HTML element <script>, which bodies may not hold and which pages leave out; expected Markdown, or only these elements: ${ELEMENTS}`,
      `content/updates/2022-12-20-wangong.md:17: body: links to "data:image/png;base64,AAAA", which pages leave out; ${LINK}`,
      `content/updates/2022-12-20-wangong.md:17: body: links to " java\tscript:alert(5)", which pages leave out; ${LINK}`,
      `content/updates/2022-12-20-wangong.md:19: body: links to "file:///etc/passwd", which pages leave out; ${LINK}`,
      `content/updates/2022-12-20-wangong.md:21: body: links to "javascript:alert(6)", which pages leave out; ${LINK}`,
    ]);
  });

  it('report HTML written as JSX in a report, and leave its components alone', async () => {
    const body = ['', '<iframe src="https://evil.example/"></iframe>', '', '<a href="javascript:alert(1)" onClick="alert(2)">甲</a> <a href={link}>乙</a>', '', '<ProgressChart id="2022/xinyiyuan" />'].join('\n');
    expect(await linesAfter((b) => b.edit(REPORT, (t) => t + body), 'zh')).toEqual([
      `content/programmes/2022.mdx:24: body: 使用了正文中不允许的 HTML 元素 <iframe>，页面会略去它；应使用 Markdown，或只使用这些元素：${ELEMENTS}`,
      'content/programmes/2022.mdx:26: body: 链接到“javascript:alert(1)”，页面会略去这个地址；应为以 https://、http:// 或 mailto: 开头的网址，或相对链接',
      'content/programmes/2022.mdx:26: body: <a> 带有正文中不允许的属性“onclick”，页面会略去它；<a> 只可带这些属性：href, id="user-content-fn…", class="data-footnote-backref", aria-describedby="footnote-label", aria-label, data-footnote-ref, data-footnote-backref, title',
      'content/programmes/2022.mdx:26: body: 链接到“{…}”，页面会略去这个地址；应为以 https://、http:// 或 mailto: 开头的网址，或相对链接',
    ]);
  });

  it('report a blob of nested HTML once per line, at once', async () => {
    const blob = `${'<div>'.repeat(5000)}文字${'</div>'.repeat(5000)}`;
    expect(await linesAfter((b) => b.edit(UPDATE, (t) => `${t}\n${blob}\n`))).toEqual([
      `content/updates/2022-12-20-wangong.md:9: body: uses the HTML element <div>, which bodies may not hold and which pages leave out; expected Markdown, or only these elements: ${ELEMENTS}`,
    ]);
  });

  it('accept what Markdown writes itself: tables, footnotes, task lists, pictures and links on the web', async () => {
    const body = ['', '说明[^1]', '', '- [x] 完成', '- [ ] 未完成', '', '| 甲 | 乙 |', '|:-:|--:|', '| 1 | 2 |', '', '![图](./xinyiyuan.svg) [来源](https://example.org/) <https://example.org/a>', '', '[^1]: 注释'].join('\n');
    expect(await linesAfter((b) => b.edit(HOSPITAL, (t) => t + body))).toEqual([]);
  });
});
