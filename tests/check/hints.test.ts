/**
 * Messages that show where the mistake is and how to write it: an unclosed quote at the
 * line that opened it, in the site's language; an amount written as a press release
 * writes it; a file-name mismatch together with the file's other errors; no site.json.
 */
import { describe, expect, it } from 'vitest';
import { checkLinesAfter, type Sandbox } from '../helpers.ts';

/** In Chinese unless told otherwise: the messages these tests pin are the site's. */
const linesAfter = (change: (box: Sandbox) => void, lang: 'en' | 'zh' = 'zh') => checkLinesAfter(change, lang);

const VISIT = 'updates/2022-09-01-lianliankan.md';
const HOSPITAL = 'projects/2022/xinyiyuan.md';

describe('frontmatter that does not parse', () => {
  it('an unclosed quote is shown at the line that opened it, in Chinese', async () => {
    expect(await linesAfter((b) => b.edit(VISIT, (t) => t.replace('title: 市民走进新医院和幼儿园', 'title: "市民走进新医院和幼儿园')))).toEqual([
      'content/updates/2022-09-01-lianliankan.md:3: 文件头（frontmatter）不是有效的 YAML（双引号没有闭合：以 " 开头的文字应以 " 结束）；应为“字段: 值”的行，缩进一致（含冒号的文字请加引号）',
    ]);
  });

  it('an unclosed bracket is shown at the line that opened it', async () => {
    expect(await linesAfter((b) => b.edit(VISIT, (t) => t.replace('projects: [2022/xinyiyuan, 2022/youeryuan]', 'projects: [2022/xinyiyuan, 2022/youeryuan')))).toEqual([
      'content/updates/2022-09-01-lianliankan.md:4: 文件头（frontmatter）不是有效的 YAML（方括号或花括号中缺少逗号，或括号没有闭合）；应为“字段: 值”的行，缩进一致（含冒号的文字请加引号）',
    ]);
  });

  it('keeps js-yaml\'s words in English', async () => {
    const lines = await linesAfter((b) => b.edit(VISIT, (t) => t.replace('title: 市民走进新医院和幼儿园', 'title: "市民走进新医院和幼儿园')), 'en');
    expect(lines).toEqual([
      'content/updates/2022-09-01-lianliankan.md:3: the frontmatter is not valid YAML (unexpected end of the stream within a double quoted scalar); expected "field: value" lines with consistent indentation (quote text that contains a colon)',
    ]);
  });
});

describe('an amount written as in a press release', () => {
  it('shows how to write it, with the amount it reads', async () => {
    expect(await linesAfter((b) => b.edit(HOSPITAL, (t) => t.replace('budget: { amount: 500000000 }', 'budget: 1.2亿元')))).toEqual([
      'content/projects/2022/xinyiyuan.md:13: budget: 填写的是 "1.2亿元" (文字)；应为字段组（对象），金额以元为单位，写作 budget: { amount: 120000000, currency: CNY }',
    ]);
  });
});

describe('a date that differs from the file name', () => {
  it('is reported together with the other errors of the file', async () => {
    expect(
      await linesAfter((b) => b.edit(VISIT, (t) => t.replace('date: "2022-09-01"', 'date: "2022-09-02"').replace('kind: public-visit', 'kind: visit')), 'en'),
    ).toEqual([
      'content/updates/2022-09-01-lianliankan.md:2: date: found 2022-09-02, but the file name starts with 2022-09-01; expected the date to equal the file-name prefix',
      'content/updates/2022-09-01-lianliankan.md:5: kind: found "visit"; expected one of: progress, milestone, completion, inspection, public-visit, suggestion, correction',
    ]);
  });
});

describe('a content folder without site.json', () => {
  it('is one error that names the file and what to do', async () => {
    expect(await linesAfter((b) => b.remove('site.json'))).toEqual([
      "content/site.json: 未找到；网站设置（标题、发布单位、地区、语言）应写在 content/site.json：可从别的网站复制，或用 npm run new -- site <文件夹> 新建一个网站",
    ]);
  });
});

describe('JSON that does not parse', () => {
  it('a file that ends too early is shown at its last line, in Chinese', async () => {
    expect(await linesAfter((b) => b.write('themes/broken.json', '{\n  "title": "健康",\n  "color": \n'))).toEqual([
      'content/themes/broken.json:3: 文件不是有效的 JSON（文件在结束之前缺少右括号或引号）；应为格式正确的 JSON：请检查此行附近的逗号、引号和括号',
    ]);
  });
});
