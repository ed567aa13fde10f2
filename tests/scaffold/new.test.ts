/**
 * `npm run new`: every entry it writes passes the checker as written, it refers only to
 * what exists, it never writes over a file, and an update starts from the projects'
 * current progress.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

describe('a new place', () => {
  it('is written under the site’s region at the level below it, or under --parent', async () => {
    const result = create(['district', 'beiqu', '--name', '北区', '--lang', 'en']);
    expect(result.out).toEqual(['content/districts/beiqu.json', 'The place is ready; add "centroid": [lon, lat] to show it on maps.']);
    expect(box.read('districts/beiqu.json')).toBe('{\n  "name": "北区",\n  "level": "county",\n  "parent": "ceshi"\n}\n');
    expect(create(['district', 'hupan-shequ', '--name', '湖畔社区', '--parent', 'hupan']).status).toBe(0);
    expect(JSON.parse(box.read('districts/hupan-shequ.json'))).toEqual({ name: '湖畔社区', level: 'community', parent: 'hupan' });
    expect(create(['district', 'xiqu-zhen', '--name', '西区镇', '--parent', 'xiqu', '--level', 'town']).status).toBe(0);
    expect(await checkLines(box)).toEqual([]);
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
    box.write('districts/hupan-cun.json', '{ "name": "湖畔村", "level": "village", "parent": "hupan" }\n');
    expect(refused(['district', 'xiaozu', '--name', '一组', '--parent', 'hupan-cun', '--lang', 'en']).err[0]).toBe(
      'the level of a place under hupan-cun (village) cannot be told; expected --level with one of: province, city, county, district, street, town, village, community',
    );
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
    expect(result.err[0]).toBe('“thing”不是可以新建的内容；应为 project、update 或 district');
    expect(result.err).toContain('Usage: npm run new -- project <year>/<id> [--title "…"] [--lead "…"] [--theme <id>] [--district <id>]…');
    expect(result.status).toBe(2);
    expect(create(['project']).status).toBe(2);
    expect(create(['update']).status).toBe(2);
  });
});
