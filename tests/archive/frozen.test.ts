/** Freezing a year: one line of the programme, and the rule that keeps a frozen year as it was archived. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentPath, freezeProgramme, frozenList, frozenListPath, frozenProblems, parseFrozenList, yearFiles } from '../../src/archive/frozen.ts';
import { catalogues } from '../../src/archive/messages.ts';
import { formatProblem } from '../../src/check/index.ts';
import { checkContent } from '../../src/check/index.ts';
import { readContent } from '../../src/check/read.ts';
import { FIXTURE, TODAY, sandbox, type Sandbox } from '../helpers.ts';

describe('freezeProgramme', () => {
  const programme = readFileSync(join(FIXTURE, 'programmes/2022.mdx'), 'utf8');

  it('adds "frozen: true" after the year and changes nothing else', () => {
    const frozen = freezeProgramme(programme);
    expect(frozen).toBe(programme.replace('year: 2022\n', 'year: 2022\nfrozen: true\n'));
  });

  it('replaces a "frozen:" line that says otherwise, and leaves a frozen programme as it is', () => {
    const unfrozen = programme.replace('region: ceshi\n', 'region: ceshi\nfrozen: false # not yet\n');
    expect(freezeProgramme(unfrozen)).toBe(programme.replace('region: ceshi\n', 'region: ceshi\nfrozen: true\n'));
    const frozen = freezeProgramme(programme);
    expect(freezeProgramme(frozen)).toBe(frozen);
  });

  it('keeps Windows line ends and a byte-order mark, and reads only the frontmatter', () => {
    const windows = `\uFEFF${programme.replace(/\n/g, '\r\n')}`;
    expect(freezeProgramme(windows)).toBe(windows.replace('year: 2022\r\n', 'year: 2022\r\nfrozen: true\r\n'));
    const bodyMentions = `${programme}\nfrozen: false\nyear: 1999\n`;
    expect(freezeProgramme(bodyMentions)).toBe(bodyMentions.replace('year: 2022\n', 'year: 2022\nfrozen: true\n'));
  });

  it('refuses a file without frontmatter, naming it', () => {
    expect(() => freezeProgramme('# 2022\n', 'content/programmes/2022.mdx')).toThrow('content/programmes/2022.mdx has no frontmatter; expected its fields between two lines of "---" at the top.');
  });
});

describe('the checksum list', () => {
  it('is sha256sum output sorted by path, and reads back', () => {
    const text = frozenList([
      { path: 'updates/b.md', bytes: new TextEncoder().encode('b') },
      { path: 'programmes/2022.mdx', bytes: new TextEncoder().encode('a') },
    ]);
    expect(text).toBe(
      'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb  programmes/2022.mdx\n' +
        '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  updates/b.md\n',
    );
    expect(parseFrozenList(`${text}not a line\n`)).toEqual({
      entries: new Map([
        ['programmes/2022.mdx', 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb'],
        ['updates/b.md', '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d'],
      ]),
      malformed: [3],
    });
  });
});

describe('the frozen rule', () => {
  let box: Sandbox;
  /** Freezes 2022 in the sandbox as the archive command does. */
  beforeEach(() => {
    box = sandbox();
    box.edit('programmes/2022.mdx', freezeProgramme);
    const files = yearFiles(readContent(box.content).files, 2022).map((f) => ({ path: contentPath(box.content, f.absolutePath), bytes: readFileSync(f.absolutePath) }));
    box.write(frozenListPath(2022), frozenList(files));
  });
  afterEach(() => box.dispose());

  const lines = (lang: 'en' | 'zh' = 'en') => frozenProblems(box.content, readContent(box.content, box.root).files, lang, box.root).map((p) => formatProblem(p, lang));

  it('lists every file of the year, drafts included, and passes while nothing changed', async () => {
    expect([...parseFrozenList(box.read('frozen/2022.sha256')).entries.keys()]).toEqual([
      'programmes/2022.mdx',
      'projects/2022/caogao.md',
      'projects/2022/xinyiyuan.md',
      'projects/2022/youeryuan.json',
      'updates/2022-06-30-fengding.md',
      'updates/2022-07-10-jiaozheng.md',
      'updates/2022-09-01-lianliankan.md',
      'updates/2022-10-01-caogao.md',
      'updates/2022-12-20-wangong.md',
    ]);
    expect(lines()).toEqual([]);
    // The frozen flag and the list are valid content for the checker.
    expect((await checkContent({ contentDir: box.content, today: TODAY, lang: 'en' })).errors).toBe(0);
  });

  it('refuses a changed project, naming the file and saying that the year is frozen', () => {
    box.edit('projects/2022/xinyiyuan.md', (t) => t.replace('progress: 40', 'progress: 45'));
    expect(lines()).toEqual([
      'content/projects/2022/xinyiyuan.md: changed after 2022 was archived; the year is frozen, so its files stay as archived (checksum in content/frozen/2022.sha256): undo the change, and publish corrections as an update of kind "correction"',
    ]);
    expect(lines('zh')).toEqual([
      'content/projects/2022/xinyiyuan.md: 在 2022 年度存档之后被改动；该年度已冻结，文件应与存档时一致（校验值见 content/frozen/2022.sha256）：请撤销改动，更正请以类型为“correction”（更正）的动态发布',
    ]);
  });

  it('refuses a missing file and an added project or update of that year', () => {
    box.remove('updates/2022-09-01-lianliankan.md');
    box.write('projects/2022/xinxiangmu.md', box.read('projects/2022/caogao.md'));
    box.write('updates/2022-12-31-bushuo.md', '---\ndate: "2022-12-31"\ntitle: 补充\nprojects: [2022/xinyiyuan]\nkind: progress\n---\n补充。\n');
    expect(lines()).toEqual([
      'content/updates/2022-09-01-lianliankan.md: is missing, but 2022 is frozen and this file was archived (listed in content/frozen/2022.sha256); expected it back as archived',
      'content/projects/2022/xinxiangmu.md: was added after 2022 was archived; the year is frozen: expected no new project of 2022, only updates of kind "correction"',
      'content/updates/2022-12-31-bushuo.md: was added after 2022 was archived; the year is frozen: expected no new update of 2022, only updates of kind "correction"',
    ]);
  });

  it('accepts an added correction of that year, and any change to other years', () => {
    box.write('updates/2022-12-31-gengzheng.md', '---\ndate: "2022-12-31"\ntitle: 更正：幼儿园\nprojects: [2022/youeryuan]\nkind: correction\nprogress: 5\n---\n更正。\n');
    box.edit('projects/2023/yanglao.md', (t) => t.replace('已经开张。', '已经开张，运行良好。'));
    expect(lines()).toEqual([]);
  });

  it('asks for the checksum list when a programme says frozen without one, and names a damaged line', () => {
    const list = box.read('frozen/2022.sha256');
    box.write('frozen/2022.sha256', `${list}garbage\n`);
    expect(lines()).toEqual(['content/frozen/2022.sha256:10: is not "<sha256>  <path>"; expected the lines as npm run archive wrote them']);
    box.remove('frozen/2022.sha256');
    expect(lines()).toEqual([
      'content/programmes/2022.mdx: frozen: is true, but content/frozen/2022.sha256 is missing; expected the checksum list written by npm run archive -- --year 2022',
    ]);
  });

  it('has every message in English and Chinese', () => {
    expect(Object.keys(catalogues.zh).sort()).toEqual(Object.keys(catalogues.en).sort());
  });
});

