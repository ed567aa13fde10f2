/**
 * Editing an existing entry changes the fields that change and nothing else: the other
 * lines, their quoting and comments, the order of the fields and the body stay as written.
 */
import { describe, expect, it } from 'vitest';
import { editFrontmatter, editJson, markdownEntry } from '../../src/import/edit.ts';
import { PROJECT_FIELDS } from '../../src/import/plan.ts';

const MARKDOWN = `---
# Figures from the 2022 report.
title: 新医院建设
programme: 2022
theme: jiankang
districts: [hupan]
status: in-progress   # as reported in March
progress: 40
asOf: "2022-03"
leadDepartment: 测试市卫生健康局
budget: { amount: 500000000 }
start: '2021-04'

plannedEnd: 2022-12-01
tags: [医疗]
---
新医院位于湖畔街道。

| 楼栋 | 层数 |
| --- | --- |
`;

describe('editing the frontmatter of a Markdown entry', () => {
  it('rewrites the lines of the changed fields only, and puts a new field where the format lists it', () => {
    const edited = editFrontmatter(MARKDOWN, { progress: 100, status: 'completed', completed: '2026-11-22', budget: { amount: 520000000, currency: 'CNY' } }, PROJECT_FIELDS);
    expect(edited.surgical).toBe(true);
    expect(edited.text).toBe(`---
# Figures from the 2022 report.
title: 新医院建设
programme: 2022
theme: jiankang
districts: [hupan]
status: completed
progress: 100
asOf: "2022-03"
leadDepartment: 测试市卫生健康局
budget:
  amount: 520000000
  currency: CNY
start: '2021-04'

plannedEnd: 2022-12-01
completed: "2026-11-22"
tags: [医疗]
---
新医院位于湖畔街道。

| 楼栋 | 层数 |
| --- | --- |
`);
  });

  it('puts a field before all others when the format lists it first, and keeps CRLF line ends', () => {
    const crlf = '---\r\nprogramme: 2022\r\nprogress: 0\r\n---\r\nBody\r\n';
    expect(editFrontmatter(crlf, { title: '甲', summary: '一句话。' }, PROJECT_FIELDS)).toEqual({
      text: '---\r\ntitle: 甲\r\nsummary: 一句话。\r\nprogramme: 2022\r\nprogress: 0\r\n---\r\nBody\r\n',
      surgical: true,
    });
  });

  it('replaces a block value over several lines, with its nested comment', () => {
    const text = '---\ntitle: 甲\npartners:\n  - 甲局   # lead partner\n  - 乙局\nleadOfficial: 王某\n---\n';
    expect(editFrontmatter(text, { partners: ['丙局'] }, PROJECT_FIELDS).text).toBe('---\ntitle: 甲\npartners:\n  - 丙局\nleadOfficial: 王某\n---\n');
  });

  it('writes the fields out whole when their layout cannot be edited in place, keeping the body', () => {
    // A quoted key is valid YAML that the line edits do not follow.
    const text = '---\n"title": 甲\nprogress: 10\n---\n正文\n';
    expect(editFrontmatter(text, { title: '乙' }, PROJECT_FIELDS)).toEqual({ text: '---\ntitle: 乙\nprogress: 10\n---\n正文\n', surgical: false });
  });
});

describe('editing a JSON entry', () => {
  const JSON_ENTRY = `{
  "title": "西区幼儿园",
  "programme": 2022,
  "districts": ["xiqu"],
  "status": "planned",
  "progress": 0,
  "asOf": "2022",
  "leadDepartment": "测试市教育局",
  "budget": {
    "amount": 45000000,
    "currency": "CNY"
  },
  "plannedEnd": "2022-08"
}
`;

  it('rewrites the values that change and inserts new members in their place, in the file’s layout', () => {
    const edited = editJson(JSON_ENTRY, { status: 'in-progress', progress: 30, budget: { amount: 50000000, currency: 'CNY' }, start: '2022-03', tags: ['托育', '学前'] }, PROJECT_FIELDS);
    expect(edited).toEqual({
      surgical: true,
      text: `{
  "title": "西区幼儿园",
  "programme": 2022,
  "districts": ["xiqu"],
  "status": "in-progress",
  "progress": 30,
  "asOf": "2022",
  "leadDepartment": "测试市教育局",
  "budget": { "amount": 50000000, "currency": "CNY" },
  "start": "2022-03",
  "plannedEnd": "2022-08",
  "tags": ["托育", "学前"]
}
`,
    });
  });

  it('follows a one-line object, and an empty one', () => {
    expect(editJson('{ "title": "甲", "progress": 0 }', { progress: 5, summary: '乙' }, PROJECT_FIELDS).text).toBe('{ "title": "甲", "summary": "乙", "progress": 5 }');
    expect(editJson('{}\n', { title: '甲' }, PROJECT_FIELDS).text).toBe('{\n  "title": "甲"\n}\n');
  });

  it('keeps strings with brackets, commas and escapes intact', () => {
    const text = '{ "title": "甲, \\"乙\\" [丙] {丁}", "progress": 1 }';
    expect(editJson(text, { progress: 2 }, PROJECT_FIELDS).text).toBe('{ "title": "甲, \\"乙\\" [丙] {丁}", "progress": 2 }');
  });
});

describe('a new Markdown entry', () => {
  it('has the fields as frontmatter and the body after it, or no body', () => {
    expect(markdownEntry({ title: '甲', asOf: '2026-11-22', programme: 2022 }, '  备注。 ')).toBe('---\ntitle: 甲\nasOf: "2026-11-22"\nprogramme: 2022\n---\n备注。\n');
    expect(markdownEntry({ title: '甲' }, '')).toBe('---\ntitle: 甲\n---\n');
  });
});
