/**
 * One sheet saved as CSV in the three encodings Excel writes (UTF-8, UTF-8 with BOM,
 * GB18030; the last two with CRLF line ends), imported into the fixture site: the same
 * entries, the same refused rows with the same reasons, and content the checker accepts.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, checkLines, sandbox, type Sandbox } from '../helpers.ts';
import { changedFiles, run, snapshot } from './cli.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/import');

let box: Sandbox;
afterEach(() => box?.dispose());

/** What the import prints for tests/fixtures/import/projects-*.csv, in the site's language. */
function expectedReport(file: string, encoding: string): string[] {
  return [
    `读取 ${file}（${encoding}），表头在第 2 行，写入 content/projects/2022/`,
    '新建：content/projects/2022/dongqu-tushuguan.md（标识 2022/dongqu-tushuguan）——东区图书馆改造（youxue；dongqu；in-progress，80%）',
    '新建：content/projects/2022/xiqu-yanglao.md（标识 2022/xiqu-yanglao）——西区养老服务中心（jiankang；xiqu；planned，0%）',
    '新建：content/projects/2022/hupan-gongyuan.md（标识 2022/hupan-gongyuan）——湖畔口袋公园（jiankang；hupan；completed，100%）',
    // The row of an existing entry that says what the entry says is not a change, and not an error.
    '无变化：content/projects/2022/xinyiyuan.md',
    `${file} 第 8 行“开工时间”列：填写的是“2022年底”，没有写明哪个月或哪一天；应写明月份或日期，例如 2024年12月 或 2024年12月31日（导入不做推测）`,
    `${file} 第 9 行“类别”列：填写的是“体育”，content/themes/ 中没有这个类别；应为以下之一：优学测试 / 优学 (youxue), 健康测试 / 健康 (jiankang)`,
    `${file} 第 9 行“所属 地区”列：填写的是“北区”，content/districts/ 中没有这个地区；应为地区的名称或标识`,
    `${file} 第 9 行“总投资（万元）”列：填写的是“约300万”，不是金额；应为带单位的数字，例如 4500万元、1.24亿元、¥500,000 或 500000元`,
    `${file} 第 11 行“标识”列：填写的是“Bad_Id”，不是有效的标识；应只含小写字母 a-z、数字 0-9 和连字符，例如 new-library`,
    `${file} 第 12 行“进度”列：填写的是“120%”；应为 0 到 100 的百分比，例如 80 或 80%`,
    `${file} 第 12 行“状态”列：填写的是“搁置”，不是项目状态；应为 计划、推进中、已完成、滞后、暂停、取消 或 planned, in-progress, completed, delayed, suspended, cancelled 之一（更多写法见 npm run import -- --help；网站可用 --mapping 增加自己的写法）`,
    `${file} 第 13 行“开工时间”列：开工日期 2022-05 晚于完成时限 2022-03；开工日期应不晚于完成时限`,
    '说明：未导入的列：序号（可用 --mapping 文件指明它们对应的字段）',
    '说明：第 3 行只有“一、优学测试”，视为分组标题，已跳过',
    '说明：第 14 行是合计行（“合计”），已跳过',
    '共 9 个项目行：新建 3 个，更新 0 个，无变化 1 个，未导入 5 个。未导入的行没有写入任何内容；请改正后重新导入。',
  ];
}

const WRITTEN = ['projects/2022/dongqu-tushuguan.md', 'projects/2022/hupan-gongyuan.md', 'projects/2022/xiqu-yanglao.md'];

describe.each([
  ['projects-utf8.csv', 'UTF-8'],
  ['projects-utf8-bom.csv', 'UTF-8 with BOM'],
  ['projects-gb18030.csv', 'GB18030'],
])('importing %s', (file, encoding) => {
  it('writes the good rows, lists every refused row with its row, column and reason, and exits 1', async () => {
    box = sandbox();
    const before = snapshot(box.content);
    const result = run('import', [join(FIXTURES, file), '--year', '2022'], box.root);
    expect(result.out).toEqual(expectedReport(file, encoding));
    expect(result.err).toEqual([]);
    expect(result.status).toBe(1);
    expect(changedFiles(before, snapshot(box.content))).toEqual(WRITTEN);
    expect(await checkLines(box)).toEqual([]);
  });
});

describe('the entries written from the CSV', () => {
  it('hold the values read from Chinese dates, amounts, lists and names, with the defaults of the import', () => {
    box = sandbox();
    run('import', [join(FIXTURES, 'projects-gb18030.csv'), '--year', '2022'], box.root);
    expect(box.read('projects/2022/dongqu-tushuguan.md')).toBe(`---
title: 东区图书馆改造
programme: 2022
theme: youxue
districts:
  - dongqu
status: in-progress
progress: 80
asOf: "2026-11-22"
leadDepartment: 测试市文化局
partners:
  - 东区人民政府
  - 测试市建设局
budget:
  amount: 45000000
  currency: CNY
start: 2022-03
plannedEnd: 2022-12
---
图书馆位于东区湖畔路。
`);
    expect(box.read('projects/2022/xiqu-yanglao.md')).toBe(`---
title: 西区养老服务中心
programme: 2022
theme: jiankang
districts:
  - xiqu
status: planned
progress: 0
asOf: "2026-11-22"
leadDepartment: 测试市民政局
budget:
  amount: 124000000
  currency: CNY
start: "2022-05-20"
plannedEnd: 2023-06
---
`);
    // Completed without a completion date: completed on the day of the import, at 100 %.
    expect(box.read('projects/2022/hupan-gongyuan.md')).toBe(`---
title: 湖畔口袋公园
programme: 2022
theme: jiankang
districts:
  - hupan
status: completed
progress: 100
asOf: "2026-11-22"
leadDepartment: 测试市建设局
budget:
  amount: 500000
  currency: CNY
start: "2022"
plannedEnd: "2022-10-01"
completed: "2026-11-22"
---
`);
  });

  it('are reported in English with --lang en, and --content names the content folder', () => {
    box = sandbox();
    const file = 'projects-utf8-bom.csv';
    const result = run('import', [join(FIXTURES, file), '--year', '2022', '--lang', 'en', '--content', box.content], box.root);
    expect(result.out).toEqual([
      'Reading projects-utf8-bom.csv (UTF-8 with BOM), header on row 2, into content/projects/2022/',
      'new: content/projects/2022/dongqu-tushuguan.md (id 2022/dongqu-tushuguan) — 东区图书馆改造 (youxue; dongqu; in-progress, 80%)',
      'new: content/projects/2022/xiqu-yanglao.md (id 2022/xiqu-yanglao) — 西区养老服务中心 (jiankang; xiqu; planned, 0%)',
      'new: content/projects/2022/hupan-gongyuan.md (id 2022/hupan-gongyuan) — 湖畔口袋公园 (jiankang; hupan; completed, 100%)',
      'unchanged: content/projects/2022/xinyiyuan.md',
      `${file} row 8, column 开工时间: found "2022年底", which does not say which month or day; expected a month or a day such as 2024年12月 or 2024年12月31日 (the import does not guess)`,
      `${file} row 9, column 类别: found "体育", which is not a theme in content/themes/; expected one of 优学测试 / 优学 (youxue), 健康测试 / 健康 (jiankang)`,
      `${file} row 9, column 所属 地区: found "北区", which is not a place in content/districts/; expected a place's name or id`,
      `${file} row 9, column 总投资（万元）: found "约300万", which is not an amount; expected a number with its unit, such as 4500万元, 1.24亿元, ¥500,000 or 500000元`,
      `${file} row 11, column 标识: found "Bad_Id", which is not an id; expected lower-case letters a-z, digits 0-9 and hyphens, e.g. new-library`,
      `${file} row 12, column 进度: found "120%"; expected a percentage from 0 to 100, such as 80 or 80%`,
      `${file} row 12, column 状态: found "搁置", which is not a status; expected one of 计划、推进中、已完成、滞后、暂停、取消 or planned, in-progress, completed, delayed, suspended, cancelled (more words in npm run import -- --help; a site adds its own with --mapping)`,
      `${file} row 13, column 开工时间: found start 2022-05 after the planned end 2022-03; expected the start on or before the planned end`,
      'note: columns not imported: 序号 (a --mapping file can name the field they hold)',
      'note: row 3 holds only "一、优学测试", taken as a heading and skipped',
      'note: row 14 is a total row ("合计") and skipped',
      '9 project rows: 3 new, 0 updated, 1 unchanged, 5 rejected. Nothing was written for the rejected rows; correct them and import again.',
    ]);
    expect(result.status).toBe(1);
  });
});
