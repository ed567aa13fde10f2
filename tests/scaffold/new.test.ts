/**
 * `npm run new`: every entry it writes passes the checker as written, it refers only to
 * what exists, it never writes over a file, and an update starts from the projects'
 * current progress.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentPath, freezeProgramme, frozenList, frozenListPath, yearFiles } from '../../src/archive/frozen.ts';
import { readContent } from '../../src/check/read.ts';
import { checkLines, sandbox, type Sandbox } from '../helpers.ts';
import { changedFiles, run, snapshot, type Run } from '../import/cli.ts';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

const create = (args: string[]) => run('new', args, box.root);

/** Runs `new`, which must refuse, and checks that it wrote nothing. */
function refused(args: string[]): Run {
  const before = snapshot(box.content);
  const result = create(args);
  expect(changedFiles(before, snapshot(box.content))).toEqual([]);
  expect(result.out).toEqual([]);
  expect(result.status).toBe(1);
  return result;
}

describe('a new project', () => {
  it('is a valid draft with placeholders, the programme’s first theme and its region', async () => {
    const result = create(['project', '2022/new-library']);
    expect(result.out).toEqual(['content/projects/2022/new-library.md', '新项目是草稿：请填写 title、leadDepartment，写好正文，然后删去 draft: true 即可发布。']);
    expect(result.status).toBe(0);
    expect(box.read('projects/2022/new-library.md')).toBe(`---
title: （请填写项目名称）
programme: 2022
theme: youxue
districts:
  - ceshi
status: planned
progress: 0
asOf: "2026-11-22"
leadDepartment: （请填写牵头单位）
draft: true
---
（在这里介绍项目：建什么、办什么，在哪里，为谁。写好后删去上方的 draft: true，项目即可发布。）
`);
    expect(await checkLines(box)).toEqual([]);
  });

  it('takes its name, lead department, theme and places from the options', async () => {
    const result = create(['project', '2023/new-clinic', '--title', '东区社区诊所', '--lead', '测试市卫生健康局', '--theme', 'jiankang', '--district', 'dongqu', '--district', 'hupan', '--lang', 'en']);
    expect(result.out).toEqual(['content/projects/2023/new-clinic.md', 'The project is a draft: write its text, then delete "draft: true" to publish it.']);
    expect(box.read('projects/2023/new-clinic.md')).toBe(`---
title: 东区社区诊所
programme: 2023
theme: jiankang
districts:
  - dongqu
  - hupan
status: planned
progress: 0
asOf: "2026-11-22"
leadDepartment: 测试市卫生健康局
draft: true
---
(Write about the project here: what is built or offered, where, for whom. Then delete "draft: true" above to publish it.)
`);
    expect(await checkLines(box)).toEqual([]);
  });

  it('is refused over an existing entry, and for references that do not exist, each named with what exists', () => {
    expect(refused(['project', '2022/xinyiyuan', '--theme', 'tiyu', '--district', 'beiqu', '--lang', 'en']).err).toEqual([
      'content/projects/2022/xinyiyuan.md already exists; nothing was written. Choose another id, or edit that file.',
      '--theme tiyu: there is no such theme in content/themes/; existing themes: youxue (优学测试), jiankang (健康测试)',
      '--district beiqu: there is no such place in content/districts/; existing places: ceshi (测试市), dongqu (东区), hupan (湖畔街道), xiqu (西区)',
      'Nothing was written (3 problems).',
    ]);
    // Another extension is the same entry.
    expect(refused(['project', '2022/youeryuan', '--lang', 'en']).err[0]).toBe('content/projects/2022/youeryuan.json already exists; nothing was written. Choose another id, or edit that file.');
    expect(refused(['project', '2030/new-library', '--lang', 'en']).err[0]).toBe(
      'there is no programme for 2030 (content/programmes/2030.mdx); expected the year of an existing programme (2022, 2023), or that programme written first',
    );
    for (const id of ['new-library', '2022/New_Library', '2022/a/b', '22/new-library']) {
      expect(refused(['project', id, '--lang', 'en']).err[0]).toBe(`"${id}" is not a project id; expected <year>/<id> with lower-case letters a-z, digits 0-9 and hyphens, e.g. 2024/new-library`);
    }
  });
});

describe('a new update', () => {
  it('starts from the project’s current progress, counting drafts and leaving out updates still to come', async () => {
    // 2022/youeryuan: baseline 0, a draft update at 10 (2022-10-01), an update at 50 dated 2099.
    const result = create(['update', '2022/youeryuan']);
    expect(result.out).toEqual([
      'content/updates/2026-11-22-youeryuan.md',
      'progress 10 是 2022/youeryuan 当前的进度；请改为新的进度',
      '新动态是草稿：请写好标题和正文，然后删去 draft: true 即可发布。',
    ]);
    expect(box.read('updates/2026-11-22-youeryuan.md')).toBe(`---
date: "2026-11-22"
title: （请填写标题）
projects:
  - 2022/youeryuan
kind: progress
progress: 10
draft: true
---
（在这里写动态正文：发生了什么、什么时候、下一步做什么。写好后删去上方的 draft: true，动态即可发布。）
`);
    expect(await checkLines(box)).toEqual([]);
  });

  it('fills in the progress several projects share', async () => {
    // 2022/xinyiyuan was completed by an update, 2023/yanglao in its project file: both at 100.
    const result = create(['update', '2022/xinyiyuan', '2023/yanglao', '--slug', 'yanglao-yiyuan', '--title', '两个项目的回访', '--lang', 'en']);
    expect(result.out.slice(0, 2)).toEqual(['content/updates/2026-11-22-yanglao-yiyuan.md', 'progress 100 is the current progress of 2022/xinyiyuan, 2023/yanglao; change it to the new figure']);
    expect(box.read('updates/2026-11-22-yanglao-yiyuan.md')).toContain('title: 两个项目的回访\nprojects:\n  - 2022/xinyiyuan\n  - 2023/yanglao\nkind: progress\nprogress: 100\ndraft: true\n');
    expect(await checkLines(box)).toEqual([]);
  });

  it('leaves progress out, and says why in the file and on screen, when the projects differ', async () => {
    const result = create(['update', '2022/xinyiyuan', '2022/youeryuan', '--slug', 'two', '--lang', 'en']);
    const why =
      "progress is left out: 2022/xinyiyuan 100%, 2022/youeryuan 10%; an update's progress applies to every project it lists, so write one update per project to report each one's figure";
    expect(result.out).toEqual(['content/updates/2026-11-22-two.md', why, 'The update is a draft: write its headline and text, then delete "draft: true" to publish it.']);
    expect(box.read('updates/2026-11-22-two.md')).toBe(`---
date: "2026-11-22"
title: (fill in the headline)
projects:
  - 2022/xinyiyuan
  - 2022/youeryuan
kind: progress
# ${why}
draft: true
---
(Write the update here: what happened, when, and what comes next. Then delete "draft: true" above to publish it.)
`);
    expect(await checkLines(box)).toEqual([]);
  });

  it('of kind completion leaves progress to the completion', async () => {
    const result = create(['update', '2022/xinyiyuan', '--kind', 'completion', '--slug', 'yanshou', '--lang', 'en']);
    expect(result.out[1]).toBe('progress is left out: an update of kind completion sets the projects to 100 % by itself; add "progress:" if it does');
    expect(box.read('updates/2026-11-22-yanshou.md')).toContain('kind: completion\ndraft: true\n');
    expect(await checkLines(box)).toEqual([]);
  });

  it('is refused when it would clash with a later update', () => {
    // 2022/youeryuan has an update at 50 % dated 2099: a completion today would leave it completed at 50 %.
    expect(refused(['update', '2022/youeryuan', '--kind', 'completion', '--lang', 'en']).err).toEqual([
      '2022/youeryuan: with this update, content/updates/2099-01-01-weilai.md (2099-01-01) would leave the project completed at 50%; expected 100 there, or no completion before it',
      '2022/youeryuan: with this update, progress would go down from 100 (this update, 2026-11-22) to 50 (content/updates/2099-01-01-weilai.md, 2099-01-01); expected progress never to go down, except through an update of kind "correction"',
      'Nothing was written (2 problems).',
    ]);
  });

  it('is refused over an existing update, for unknown projects and for a bad kind or slug', () => {
    expect(create(['update', '2022/xinyiyuan']).status).toBe(0);
    expect(refused(['update', '2022/xinyiyuan', '--lang', 'en']).err).toEqual([
      'content/updates/2026-11-22-xinyiyuan.md already exists; nothing was written. Give the update another name with --slug <slug>.',
      'Nothing was written (1 problem).',
    ]);
    expect(refused(['update', '2022/xinyiyuan', '2022/yiyuan', '2024/x', '--kind', 'news', '--slug', 'Two_Projects', '--lang', 'en']).err).toEqual([
      '--kind news is not a kind of update; expected one of: progress, milestone, completion, inspection, public-visit, suggestion, correction',
      'there is no project 2022/yiyuan; existing projects of 2022: 2022/caogao, 2022/xinyiyuan, 2022/youeryuan',
      'there is no project 2024/x; no project of 2024 exists',
      '--slug "Two_Projects" is not a valid id; expected lower-case letters a-z, digits 0-9 and hyphens, e.g. museum-opens',
      'Nothing was written (4 problems).',
    ]);
  });
});

describe('a new update about a project named without its year', () => {
  it('is about the one project of any year with that id, and says which', async () => {
    const result = create(['update', 'yanglao', '--lang', 'en']);
    expect(result.out.slice(0, 2)).toEqual(['content/updates/2026-11-22-yanglao.md', 'yanglao is taken as 2023/yanglao, the only project with that id']);
    expect(box.read('updates/2026-11-22-yanglao.md')).toContain('projects:\n  - 2023/yanglao\n');
    expect(await checkLines(box)).toEqual([]);
  });

  it('is refused when projects of several years have that id, or none has', () => {
    box.write('projects/2023/xinyiyuan.md', box.read('projects/2022/xinyiyuan.md').replace('programme: 2022', 'programme: 2023'));
    expect(refused(['update', 'xinyiyuan', 'nothing', '--lang', 'en']).err).toEqual([
      'xinyiyuan is the id of projects of several years: 2022/xinyiyuan, 2023/xinyiyuan; expected one of them, written <year>/<id>',
      'there is no project nothing in any year; expected <year>/<id> of an existing project, e.g. 2024/new-library',
      'Nothing was written (2 problems).',
    ]);
    expect(refused(['update', 'xinyiyuan']).err[0]).toBe('xinyiyuan 是多个年度项目的标识：2022/xinyiyuan, 2023/xinyiyuan；应写明其中之一，格式为 <年份>/<标识>');
  });
});

/** Freezes a year as `npm run archive` does: `frozen: true` on its programme and the checksum list of its files. */
function freeze(year: number): void {
  box.edit(`programmes/${year}.mdx`, freezeProgramme);
  const files = yearFiles(readContent(box.content, box.root).files, year);
  box.write(frozenListPath(year), frozenList(files.map((f) => ({ path: contentPath(box.content, f.absolutePath), bytes: readFileSync(f.absolutePath) }))));
}

describe('a new update with --date', () => {
  it('is dated that day and starts from the progress recorded up to it', async () => {
    // 2022/xinyiyuan: 70 on 2022-06-30, corrected to 65 on 2022-07-10, completed on 2022-12-20.
    const result = create(['update', '2022/xinyiyuan', '--date', '2022-07-01', '--lang', 'en']);
    expect(result.out).toEqual([
      'content/updates/2022-07-01-xinyiyuan.md',
      'progress 70 is the progress of 2022/xinyiyuan on 2022-07-01; change it to the new figure',
      'The update is a draft: write its headline and text, then delete "draft: true" to publish it.',
    ]);
    expect(box.read('updates/2022-07-01-xinyiyuan.md')).toContain('---\ndate: "2022-07-01"\n');
    expect(box.read('updates/2022-07-01-xinyiyuan.md')).toContain('kind: progress\nprogress: 70\ndraft: true\n');
    expect(await checkLines(box)).toEqual([]);
  });

  it('starts only from what is known by that day, never from a later baseline', async () => {
    // 2023/yanglao: baseline completed at 100 as of 2023-05-01, and no update.
    const result = create(['update', '2023/yanglao', '--date', '2023-04-20', '--lang', 'en']);
    const why =
      "progress is left out: nothing is recorded about 2023/yanglao on or before 2023-04-20, and its baseline (2023/yanglao at 100% as of 2023-05-01) is later. An update dated before the baseline cannot raise progress above it, because the checker orders the baseline and updates by date; to report a newer figure, date the update on or after asOf, or, to correct the baseline's figure, give --kind correction with such a date";
    expect(result.out).toEqual(['content/updates/2023-04-20-yanglao.md', why, 'The update is a draft: write its headline and text, then delete "draft: true" to publish it.']);
    expect(box.read('updates/2023-04-20-yanglao.md')).toContain(`kind: progress\n# ${why}\ndraft: true\n`);
    expect(await checkLines(box)).toEqual([]);
    // An update before the baseline is known on its day, and its own figure is the one to start from.
    box.write('updates/2023-03-01-kaigong.md', '---\ndate: "2023-03-01"\ntitle: 养老食堂开工\nprojects: [2023/yanglao]\nkind: progress\nstatus: in-progress\nprogress: 30\n---\n');
    expect(create(['update', '2023/yanglao', '--date', '2023-04-21']).out[1]).toBe('progress 30 是 2023/yanglao 在 2023-04-21 的进度；请改为新的进度');
    expect(box.read('updates/2023-04-21-yanglao.md')).toContain('kind: progress\nprogress: 30\ndraft: true\n');
    // From the baseline's day on, the baseline is known.
    expect(create(['update', '2023/yanglao', '--date', '2023-05-01']).out[1]).toBe('progress 100 是 2023/yanglao 在 2023-05-01 的进度；请改为新的进度');
    expect(await checkLines(box)).toEqual([]);
  });

  it('is refused for a day that does not exist or is not written YYYY-MM-DD', () => {
    for (const date of ['2026-02-30', '20261130', '2026-11', '30.11.2026']) {
      expect(refused(['update', '2022/xinyiyuan', '--date', date, '--lang', 'en']).err).toEqual([
        `--date ${date} is not a day; expected a date written YYYY-MM-DD that exists in the calendar, e.g. 2026-11-22`,
        'Nothing was written (1 problem).',
      ]);
    }
    expect(refused(['update', '2022/xinyiyuan', '--date', '2026-13-01']).err[0]).toBe('--date 2026-13-01 不是有效的日期；应写作 YYYY-MM-DD 且日历上存在，例如 2026-11-22');
  });
});

describe('an archived (frozen) year', () => {
  beforeEach(() => freeze(2022));

  it('takes an update about its projects as a correction, and says why', async () => {
    expect(await checkLines(box)).toEqual([]);
    const result = create(['update', '2022/xinyiyuan', '--lang', 'en']);
    expect(result.out.slice(0, 2)).toEqual([
      'content/updates/2026-11-22-xinyiyuan.md',
      'kind is correction: 2022/xinyiyuan belongs to 2022, which is archived (frozen: true in content/programmes/2022.mdx); news about an archived year is shown beside its record as an erratum. To report progress made since, give --kind progress',
    ]);
    expect(box.read('updates/2026-11-22-xinyiyuan.md')).toContain('kind: correction\nprogress: 100\ndraft: true\n');
    expect(await checkLines(box)).toEqual([]);
    expect(create(['update', '2022/youeryuan', '--kind', 'progress']).status).toBe(0);
    expect(box.read('updates/2026-11-22-youeryuan.md')).toContain('kind: progress\n');
    expect(await checkLines(box)).toEqual([]);
  });

  it('takes an update dated in it only as a correction', async () => {
    const result = create(['update', '2023/yanglao', '--date', '2022-12-30']);
    expect(result.out.slice(0, 2)).toEqual([
      'content/updates/2022-12-30-yanglao.md',
      '类型为 correction（更正）：这条动态的日期在 2022 年度，该年度已存档（content/programmes/2022.mdx 中为 frozen: true）；已存档的年度只能以类型为“correction”（更正）的动态发布消息，作为勘误显示在存档记录旁',
    ]);
    expect(box.read('updates/2022-12-30-yanglao.md')).toContain('kind: correction\n');
    expect(await checkLines(box)).toEqual([]);
    expect(refused(['update', '2022/xinyiyuan', '--date', '2022-12-31', '--kind', 'progress', '--lang', 'en']).err).toEqual([
      '--kind progress: the update is dated in 2022, which is archived (frozen: true in content/programmes/2022.mdx), and the checker accepts only corrections there; expected --kind correction, no --kind, or a --date after 2022',
      'Nothing was written (1 problem).',
    ]);
  });

  it('takes no new project', () => {
    expect(refused(['project', '2022/new-library', '--lang', 'en']).err).toEqual([
      '2022 is archived (frozen: true in content/programmes/2022.mdx); expected a year that is not frozen: an archived year takes no new projects, only updates of kind "correction"',
      'Nothing was written (1 problem).',
    ]);
  });
});

describe('a new theme', () => {
  it('is written last in display order', async () => {
    const result = create(['theme', 'tiyu', '--name', '全民健身', '--short', '健身', '--lang', 'en']);
    expect(result.out).toEqual(['content/themes/tiyu.json', 'The theme is ready; add "tiyu" to the themes of the programmes that have it (themes: in content/programmes/<year>.mdx).']);
    expect(box.read('themes/tiyu.json')).toBe('{\n  "name": "全民健身",\n  "short": "健身",\n  "order": 3\n}\n');
    expect(await checkLines(box)).toEqual([]);
  });

  it('is refused without a name, over an existing theme and for a bad id', () => {
    expect(refused(['theme', 'youxue', '--lang', 'en']).err).toEqual([
      'content/themes/youxue.json already exists; nothing was written. Choose another id, or edit that file.',
      'a theme needs its name, e.g. --name "教育": themes have no draft state, so a placeholder would be published',
      'Nothing was written (2 problems).',
    ]);
    expect(refused(['theme', 'Ti_Yu', '--name', '体育']).err[0]).toBe('theme“Ti_Yu”不是有效的标识；应只含小写字母 a-z、数字 0-9 和连字符，例如 jiaoyu');
  });

  it('refuses a name the checker would refuse, in the checker’s words, never with a stack trace', () => {
    expect(refused(['theme', 'tiyu', '--name', '长'.repeat(130), '--lang', 'en']).err).toEqual([
      `--name: found "${'长'.repeat(56)}… (130 characters); expected at most 120 characters`,
      'Nothing was written (1 problem).',
    ]);
    expect(refused(['project', '2022/x', '--title', '\u202E测试']).err[0]).toBe(
      '--title：填写的是 "\\u202E测试"；应为不含文字方向控制符（U+202A–U+202E、U+2066–U+2069、U+200E、U+200F、U+061C）的文字，这些字符会让文字显示的顺序与书写的顺序不同',
    );
  });
});

describe('a new programme', () => {
  it('covers the site’s region and lists every theme, with a short report that needs no placeholder', async () => {
    const result = create(['programme', '2024']);
    expect(result.out).toEqual([
      'content/programmes/2024.mdx',
      '年度工程写好即发布：它列出了全部类别（youxue, jiankang），请删去不涉及的类别；把 published 改为清单公布的日期（现为 2026-11-22）；写好年度报告；然后用 npm run new -- project 2024/<标识> 添加项目。',
    ]);
    expect(box.read('programmes/2024.mdx')).toBe(`---
year: 2024
title: 2024年测试市民生实事项目
region: ceshi
published: "2026-11-22"
themes:
  - youxue
  - jiankang
---
本页跟踪2024年测试市民生实事项目：每个项目的状态、进度和最新动态，随项目和动态的发布而更新。
`);
    expect(await checkLines(box)).toEqual([]);
    expect(create(['project', '2024/new-library']).status).toBe(0);
  });

  it('is refused over an existing programme, for a bad year, and without the site’s settings', () => {
    expect(refused(['programme', '2022', '--lang', 'en']).err[0]).toBe('content/programmes/2022.mdx already exists; nothing was written. Edit that file, or choose another year.');
    expect(refused(['programme', '24', '--lang', 'en']).err[0]).toBe('"24" is not a year; expected four digits, e.g. 2027');
    box.remove('site.json');
    expect(refused(['programme', '2024', '--lang', 'en']).err[0]).toBe(
      "there is no valid content/site.json, so the region of the programme is not known; expected the site's settings first (npm run check names what is wrong; npm run new -- site <dir> starts a whole site)",
    );
  });
});

describe('a new place', () => {
  it('is written under the site’s region, or under --parent, at the level its name states or --level gives', async () => {
    const result = create(['district', 'beiqu', '--name', '北区', '--lang', 'en']);
    expect(result.out).toEqual(['content/districts/beiqu.json', 'The place is ready; add "centroid": [lon, lat] to show it on maps.']);
    expect(box.read('districts/beiqu.json')).toBe('{\n  "name": "北区",\n  "level": "district",\n  "parent": "ceshi"\n}\n');
    expect(create(['district', 'hupan-shequ', '--name', '湖畔社区', '--parent', 'hupan']).status).toBe(0);
    expect(JSON.parse(box.read('districts/hupan-shequ.json'))).toEqual({ name: '湖畔社区', level: 'community', parent: 'hupan' });
    expect(create(['district', 'xiqu-zhen', '--name', '西区镇', '--parent', 'xiqu', '--level', 'town']).status).toBe(0);
    expect(await checkLines(box)).toEqual([]);
  });

  it('takes its level from its name, never from its parent’s', async () => {
    // Under the city ceshi, the level "below a city" would be county: a 街道 is a street.
    expect(create(['district', 'danghu', '--name', '当湖街道']).status).toBe(0);
    expect(JSON.parse(box.read('districts/danghu.json'))).toEqual({ name: '当湖街道', level: 'street', parent: 'ceshi' });
    const named = { xinzhen: ['新埭镇', 'town'], guangchen: ['广陈乡', 'town'], nanqiao: ['南桥村', 'village'], haiyan: ['海盐县', 'county'] } as const;
    for (const [id, [name, level]] of Object.entries(named)) {
      expect(create(['district', id, '--name', name, '--parent', 'dongqu']).status).toBe(0);
      expect(JSON.parse(box.read(`districts/${id}.json`)).level).toBe(level);
    }
    expect(create(['district', 'gaoxin', '--name', '高新区', '--level', 'county']).status).toBe(0);
    expect(JSON.parse(box.read('districts/gaoxin.json')).level).toBe('county');
    expect(await checkLines(box)).toEqual([]);
  });

  it('is refused when neither its name nor --level tells its level', () => {
    const endings = '…街道 street, …社区 community, …镇 town, …乡 town, …村 village, …区 district, …县 county, …市 city, …省 province';
    const levels = 'province, city, county, district, street, town, village, community';
    expect(refused(['district', 'xiaozu', '--name', '一组', '--parent', 'hupan', '--lang', 'en']).err).toEqual([
      `the level of 一组 cannot be told from its name (only these endings tell it: ${endings}), and it is published beside the name; expected --level with one of: ${levels}, e.g. --level town`,
      'Nothing was written (1 problem).',
    ]);
    expect(refused(['district', 'gaoxin', '--name', '高新区']).err[0]).toBe(
      `无法从名称确定 高新区 的层级（只有这些结尾能确定：${endings}），而层级会与名称一同发布；应加 --level，取以下之一：${levels}，例如 --level town`,
    );
  });

  it('notes a namesake', () => {
    expect(create(['district', 'dongqu-2', '--name', '东区', '--lang', 'en']).out[1]).toBe(
      'note: dongqu already has the name 东区; the import and readers tell them apart only by their parents',
    );
  });

  it('is refused without a name, over an existing place, and for an unknown parent or level', () => {
    expect(refused(['district', 'xiqu', '--parent', 'beiqu', '--level', 'hamlet', '--lang', 'en']).err).toEqual([
      'content/districts/xiqu.json already exists; nothing was written. Choose another id, or edit that file.',
      'a place needs its name, e.g. --name "新埭镇": places have no draft state, so a placeholder would be published',
      '--parent beiqu: there is no such place in content/districts/; existing places: ceshi (测试市), dongqu (东区), hupan (湖畔街道), xiqu (西区)',
      '--level hamlet is not a level of place; expected one of: province, city, county, district, street, town, village, community',
      'Nothing was written (4 problems).',
    ]);
    expect(refused(['district', 'Bei_Qu', '--name', '北区', '--lang', 'en']).err[0]).toBe(
      'district "Bei_Qu" is not a valid id; expected lower-case letters a-z, digits 0-9 and hyphens, e.g. xindai',
    );
  });
});

describe('npm run new', () => {
  it('writes into the folder --content names', async () => {
    const result = run('new', ['district', 'beiqu', '--name', '北区', '--content', box.content], box.root);
    expect(result.out[0]).toBe('content/districts/beiqu.json');
    expect(await checkLines(box)).toEqual([]);
  });

  it('prints the usage and exits 2 when it is not told what to create', () => {
    const result = create(['thing']);
    expect(result.err[0]).toBe('“thing”不是可以新建的内容；应为 project、update、district、theme、programme 或 site');
    expect(result.err).toContain('Usage: npm run new -- project <year>/<id> [--title "…"] [--lead "…"] [--theme <id>] [--district <id>]…');
    expect(result.status).toBe(2);
    expect(create(['project']).status).toBe(2);
    expect(create(['update']).status).toBe(2);
  });
});
