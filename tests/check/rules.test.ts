/**
 * Every rule of content-format.md, each with a fixture that breaks it: a copy of the
 * valid fixture site with one change, and the exact lines the checker prints.
 */
import { describe, expect, it } from 'vitest';
import { checkLinesAfter } from '../helpers.ts';

const linesAfter = checkLinesAfter;

const HOSPITAL = 'projects/2022/xinyiyuan.md';
const SCHOOL = 'projects/2022/youeryuan.json';

describe('the valid fixture', () => {
  it('passes without a single problem', async () => {
    expect(await linesAfter(() => {})).toEqual([]);
  });
});

describe('references exist', () => {
  it('theme of a project', async () => {
    expect(await linesAfter((b) => b.edit(HOSPITAL, (t) => t.replace('theme: jiankang', 'theme: jiankong')))).toEqual([
      'content/projects/2022/xinyiyuan.md:5: theme: found "jiankong", which is not an existing theme; expected one of the ids in content/themes/ (jiankang, youxue)',
    ]);
  });

  it('places of a project, and the parent of a place', async () => {
    expect(
      await linesAfter((b) => {
        b.edit(SCHOOL, (t) => t.replace('["xiqu"]', '["xiqu", "beiqu"]'));
        b.edit('districts/hupan.json', (t) => t.replace('"parent": "dongqu"', '"parent": "dong-qu"'));
      }),
    ).toEqual([
      'content/districts/hupan.json:1: parent: found "dong-qu", which is not an existing place; expected one of the ids in content/districts/ (ceshi, dongqu, hupan, xiqu)',
      'content/projects/2022/youeryuan.json:5: districts[1]: found "beiqu", which is not an existing place; expected one of the ids in content/districts/ (ceshi, dongqu, hupan, xiqu)',
    ]);
  });

  it('programme of a project', async () => {
    expect(await linesAfter((b) => b.remove('programmes/2023.mdx'))).toEqual([
      'content/projects/2023/yanglao.md:3: programme: found "2023", which is not an existing programme; expected one of the ids in content/programmes/ (2022)',
    ]);
  });

  it('projects of an update', async () => {
    expect(await linesAfter((b) => b.edit('updates/2022-09-01-lianliankan.md', (t) => t.replace('2022/youeryuan]', '2022/youer-yuan]')))).toEqual([
      'content/updates/2022-09-01-lianliankan.md:4: projects[1]: found "2022/youer-yuan", which is not an existing project; expected one of the ids in content/projects/ (2022/caogao, 2022/xinyiyuan, 2022/youeryuan, 2023/yanglao)',
    ]);
  });

  it('region of the site and of a programme, themes of a programme', async () => {
    expect(
      await linesAfter((b) => {
        b.edit('site.json', (t) => t.replace('"region": "ceshi"', '"region": "cheshi"'));
        b.edit('programmes/2023.mdx', (t) => t.replace('region: ceshi', 'region: nowhere').replace('themes: [jiankang]', 'themes: [jiankang, anquan]'));
      }),
    ).toEqual([
      'content/programmes/2023.mdx:4: region: found "nowhere", which is not an existing place; expected one of the ids in content/districts/ (ceshi, dongqu, hupan, xiqu)',
      'content/programmes/2023.mdx:6: themes[1]: found "anquan", which is not an existing theme; expected one of the ids in content/themes/ (jiankang, youxue)',
      'content/site.json:4: region: found "cheshi", which is not an existing place; expected one of the ids in content/districts/ (ceshi, dongqu, hupan, xiqu)',
    ]);
  });

  it('a loop of parents', async () => {
    expect(await linesAfter((b) => b.edit('districts/ceshi.json', (t) => t.replace('"level": "city"', '"level": "city", "parent": "hupan"')))).toEqual([
      'content/districts/ceshi.json:1: parent: the chain of parents loops (ceshi → hupan → dongqu → ceshi); expected each place to lead up to a top-level place',
    ]);
  });
});

describe('ids and file names', () => {
  it('ids are lower-case ASCII', async () => {
    expect(await linesAfter((b) => b.write('districts/Bei_Qu.json', '{ "name": "北区", "level": "county", "parent": "ceshi" }'))).toEqual([
      'content/districts/Bei_Qu.json: the file name "Bei_Qu" is not a valid id; expected lower-case letters a-z, digits 0-9 and hyphens: rename the file',
    ]);
  });

  it('ids are unique across extensions', async () => {
    expect(await linesAfter((b) => b.write('projects/2022/youeryuan.md', b.read(HOSPITAL)))).toEqual([
      'content/projects/2022/youeryuan.md: the id "2022/youeryuan" is also used by content/projects/2022/youeryuan.json; expected each id only once',
    ]);
  });

  it('a programme year equals its file name', async () => {
    expect(await linesAfter((b) => b.edit('programmes/2023.mdx', (t) => t.replace('year: 2023', 'year: 2032')))).toEqual([
      'content/programmes/2023.mdx:2: year: found 2032, but the file is named 2023; expected the year to equal the file name',
    ]);
  });

  it('a project folder equals its programme year', async () => {
    expect(await linesAfter((b) => b.edit('projects/2023/yanglao.md', (t) => t.replace('programme: 2023', 'programme: 2022')))).toEqual([
      'content/projects/2023/yanglao.md:3: programme: found 2022, but the file is in projects/2023/; expected the programme year to equal the folder',
    ]);
  });

  it('a project sits in a year folder', async () => {
    expect(await linesAfter((b) => b.move('projects/2022/caogao.md', 'projects/caogao.md'))).toEqual([
      'content/projects/caogao.md: the file is not in a year folder; expected content/projects/<year>/<id>',
    ]);
  });

  it('an update date equals its file-name prefix, and the name starts with a date', async () => {
    expect(
      await linesAfter((b) => {
        b.edit('updates/2022-09-01-lianliankan.md', (t) => t.replace('date: "2022-09-01"', 'date: "2022-09-02"'));
        b.move('updates/2022-12-20-wangong.md', 'updates/wangong.md');
      }),
    ).toEqual([
      'content/updates/2022-09-01-lianliankan.md:2: date: found 2022-09-02, but the file name starts with 2022-09-01; expected the date to equal the file-name prefix',
      'content/updates/wangong.md: the file name "wangong" does not start with a date; expected <yyyy-mm-dd>-<slug>, e.g. 2022-09-24-museum-opens',
    ]);
  });
});

describe('dates', () => {
  it('exist in the calendar, at every precision the format allows', async () => {
    expect(
      await linesAfter((b) => {
        b.edit(HOSPITAL, (t) => t.replace('plannedEnd: "2022-12"', 'plannedEnd: "2022-13"').replace('date: "2022-06-30"', 'date: "2022-06-31"'));
        b.edit('updates/2022-06-30-fengding.md', (t) => t.replace('date: 2022-06-30', 'date: "2022-06"'));
      }),
    ).toEqual([
      'content/projects/2022/xinyiyuan.md:15: plannedEnd: found "2022-13"; expected a date written YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar',
      'content/projects/2022/xinyiyuan.md:16: milestones[1].date: found "2022-06-31"; expected a date written YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar',
      'content/updates/2022-06-30-fengding.md:2: date: found "2022-06"; expected a full date written YYYY-MM-DD that exists in the calendar',
    ]);
  });

  it('reads a partial plannedEnd as the whole period: a start in April fits a project due in that year', async () => {
    expect(await linesAfter((b) => b.edit(HOSPITAL, (t) => t.replace('start: "2021-04"', 'start: "2022-04"').replace('plannedEnd: "2022-12"', 'plannedEnd: "2022"')))).toEqual([]);
  });

  it('start is not after plannedEnd', async () => {
    expect(await linesAfter((b) => b.edit(HOSPITAL, (t) => t.replace('start: "2021-04"', 'start: "2023-01-05"')))).toEqual([
      'content/projects/2022/xinyiyuan.md:14: start: found start 2023-01-05 after plannedEnd 2022-12; expected the start on or before the planned end',
    ]);
  });
});

describe('completion', () => {
  it('completed is present exactly when the status is completed, and means 100 %', async () => {
    expect(
      await linesAfter((b) => {
        b.edit('projects/2023/yanglao.md', (t) => t.replace('completed: "2023-05-01"\n', '').replace('progress: 100', 'progress: 95'));
        b.edit(SCHOOL, (t) => t.replace('"plannedEnd": "2022-08"', '"plannedEnd": "2022-08", "completed": "2022-07"'));
      }),
    ).toEqual([
      'content/projects/2022/youeryuan.json:11: completed: found 2022-07 while status is "planned"; expected no completed date unless status is "completed"',
      'content/projects/2023/yanglao.md: completed: is missing while status is "completed"; expected the date the project was completed',
      'content/projects/2023/yanglao.md:7: progress: found 95 on a completed project; expected 100',
    ]);
  });

  it('an update that completes a project sets it to 100 %', async () => {
    expect(await linesAfter((b) => b.edit('updates/2022-12-20-wangong.md', (t) => t.replace('kind: completion', 'kind: completion\nprogress: 90')))).toEqual([
      'content/updates/2022-12-20-wangong.md:6: progress: found 90 on a completed project; expected 100',
    ]);
  });
});

describe('progress over time', () => {
  it('never goes down except through a correction', async () => {
    expect(await linesAfter((b) => b.edit('updates/2022-07-10-jiaozheng.md', (t) => t.replace('kind: correction', 'kind: progress')))).toEqual([
      'content/updates/2022-07-10-jiaozheng.md:6: progress: found 65, lower than 70 on 2022-06-30 (content/updates/2022-06-30-fengding.md); expected progress never to go down, except through an update of kind "correction"',
    ]);
  });

  it('counts drafts and scheduled updates too, so that nothing breaks on the day they go out', async () => {
    expect(await linesAfter((b) => b.edit('updates/2099-01-01-weilai.md', (t) => t.replace('progress: 50', 'progress: 5')))).toEqual([
      'content/updates/2099-01-01-weilai.md:6: progress: found 5, lower than 10 on 2022-10-01 (content/updates/2022-10-01-caogao.md); expected progress never to go down, except through an update of kind "correction"',
    ]);
    expect(await linesAfter((b) => b.edit(SCHOOL, (t) => t.replace('"progress": 0', '"progress": 20')))).toEqual([
      'content/updates/2022-10-01-caogao.md:6: progress: found 10, lower than 20 on 2022 (the project file); expected progress never to go down, except through an update of kind "correction"',
    ]);
  });
});

describe('publishing', () => {
  it('warns when a published update lists only unpublished projects', async () => {
    expect(await linesAfter((b) => b.edit('updates/2022-09-01-lianliankan.md', (t) => t.replace('[2022/xinyiyuan, 2022/youeryuan]', '[2022/caogao]')))).toEqual([
      'content/updates/2022-09-01-lianliankan.md:4: warning: projects: lists only projects that are not published (2022/caogao); expected at least one published project, or the update stays hidden',
    ]);
  });
});

describe('damaged text', () => {
  it('replacement characters, question-mark runs in Chinese and spliced pinyin, in fields and bodies', async () => {
    expect(
      await linesAfter((b) => {
        b.edit(HOSPITAL, (t) => t.replace('title: 新医院建设', 'title: 新医\uFFFD建设').replace('新医院位于湖畔街道。', '新医院位于湖畔??道。'));
        b.edit('themes/youxue.json', (t) => t.replace('学校与托育。', '学(xué)校与托育。'));
      }),
    ).toEqual([
      'content/projects/2022/xinyiyuan.md:2: title: contains the replacement character "\uFFFD" left by a broken conversion; expected the original text: copy it again from the source',
      'content/projects/2022/xinyiyuan.md:30: body: contains "畔??" inside Chinese text, a sign of characters lost in conversion; expected the original characters',
      'content/themes/youxue.json:1: description: contains "学(xué)", pinyin spliced into the characters by a copy from an annotated page; expected the characters alone',
    ]);
  });

  it('leaves ordinary brackets and question marks alone', async () => {
    expect(await linesAfter((b) => b.edit(HOSPITAL, (t) => t.replace('新医院位于湖畔街道。', '新医院(TCM)位于湖畔街道 (Hupan)? 是的?')))).toEqual([]);
  });
});

describe('files', () => {
  it('pictures exist and have alt text', async () => {
    expect(
      await linesAfter((b) => {
        b.remove('projects/2022/xinyiyuan.svg');
        b.edit(HOSPITAL, (t) => t.replace('alt: 新医院的示意图', 'alt: ""'));
      }),
    ).toEqual([
      'content/projects/2022/xinyiyuan.md:24: images[0].alt: found ""; expected some text (it may not be empty)',
      'content/projects/2022/xinyiyuan.md:24: images[0].src: found "./xinyiyuan.svg", but there is no such file next to the entry; expected a picture at content/projects/2022/xinyiyuan.svg',
    ]);
  });

  it('picture paths are relative, not web addresses', async () => {
    expect(await linesAfter((b) => b.edit(HOSPITAL, (t) => t.replace('src: ./xinyiyuan.svg', 'src: "https://cdn.example.com/a.jpg"')))).toEqual([
      'content/projects/2022/xinyiyuan.md:24: images[0].src: found "https://cdn.example.com/a.jpg"; expected a file path relative to this entry, not a web address',
    ]);
  });

  it('boundaries exist and parse as GeoJSON', async () => {
    expect(
      await linesAfter((b) => {
        b.edit('districts/xiqu.json', (t) => t.replace('"population": 120000', '"population": 120000, "geometry": "xiqu.geojson"'));
        b.write('geo/dongqu.geojson', '{ "type": "Feature", "geometry": { "type": "Square" } }');
      }),
    ).toEqual([
      'content/districts/dongqu.json:1: geometry: the file content/geo/dongqu.geojson is not GeoJSON (type "Feature" without a valid geometry); expected a GeoJSON Feature or FeatureCollection',
      'content/districts/xiqu.json:1: geometry: found "xiqu.geojson", but there is no file content/geo/xiqu.geojson; expected a GeoJSON file in content/geo/',
    ]);
  });
});

describe('fields', () => {
  it('required fields, allowed values, types and ranges', async () => {
    expect(
      await linesAfter((b) => {
        b.edit(HOSPITAL, (t) => t.replace('leadDepartment: 测试市卫生健康局\n', '').replace('status: in-progress', 'status: underway').replace('progress: 40', 'progress: 140'));
        b.edit(SCHOOL, (t) => t.replace('"districts": ["xiqu"]', '"districts": []').replace('"amount": 45000000', '"amount": "4500万"'));
        b.edit('themes/jiankang.json', (t) => t.replace('"#117733"', '"green"'));
      }),
    ).toEqual([
      'content/projects/2022/xinyiyuan.md: leadDepartment: is missing; this field is required',
      'content/projects/2022/xinyiyuan.md:7: status: found "underway"; expected one of: planned, in-progress, completed, delayed, suspended, cancelled',
      'content/projects/2022/xinyiyuan.md:8: progress: found 140; expected a number of at most 100',
      'content/projects/2022/youeryuan.json:5: districts: found []; expected a list of at least 1',
      'content/projects/2022/youeryuan.json:10: budget.amount: found "4500万" (text); expected a number',
      'content/themes/jiankang.json:1: color: found "green"; expected a colour written #rrggbb',
    ]);
  });

  it('warns about a field the format does not know, suggesting the one meant', async () => {
    expect(await linesAfter((b) => b.edit(HOSPITAL, (t) => t.replace('plannedEnd:', 'plannedend:')))).toEqual([
      'content/projects/2022/xinyiyuan.md:15: warning: plannedend: is not a field of the projects and is ignored; did you mean "plannedEnd"?',
    ]);
  });

  it('the default locale is one of the locales built', async () => {
    expect(await linesAfter((b) => b.edit('site.json', (t) => t.replace('"locales": ["zh-Hans", "zh-Hant", "en"]', '"locales": ["en"]')))).toEqual([
      'content/site.json:5: defaultLocale: found "zh-Hans", which is not in locales (en); expected the default locale among the locales built',
    ]);
  });
});

describe('files that do not parse', () => {
  it('broken JSON, broken YAML, missing frontmatter and MDX syntax errors, with their lines', async () => {
    expect(
      await linesAfter((b) => {
        b.edit(SCHOOL, (t) => t.replace('"theme": "youxue",', '"theme": "youxue"'));
        b.edit('updates/2022-06-30-fengding.md', (t) => t.replace('title: 新医院主体封顶', 'title: 新医院: 主体: 封顶'));
        b.edit('updates/2022-12-20-wangong.md', (t) => t.replace(/^---\n[\s\S]*?\n---\n/, ''));
        b.edit('programmes/2022.mdx', (t) => t.replace('下表是关键数字。', '下表是关键数字 {见附件。'));
      }),
    ).toEqual([
      'content/programmes/2022.mdx:11: body: the MDX body does not compile (Unexpected end of file in expression, expected a corresponding closing brace for `{`); expected valid MDX: in .mdx files "{", "}" and "<" start code, so escape them or use a .md file',
      'content/projects/2022/youeryuan.json:5: the file is not valid JSON (Expected \',\' or \'}\' after property value); expected well-formed JSON: check commas, quotes and brackets near this line',
      'content/updates/2022-06-30-fengding.md:3: the frontmatter is not valid YAML (bad indentation of a mapping entry); expected "field: value" lines with consistent indentation (quote text that contains a colon)',
      'content/updates/2022-12-20-wangong.md:1: no frontmatter found; expected the entry\'s fields between two lines of "---" at the top of the file',
    ]);
  });
});

describe('components in MDX reports', () => {
  it('must exist, with their props, naming existing years and projects', async () => {
    expect(
      await linesAfter((b) =>
        b.edit('programmes/2022.mdx', (t) =>
          t
            .replace('<StatusChart year={2022} />', '<StatusChart year={2021} />\n\n<ThemeChart yaer={2022} />')
            .replace('<ProjectTimeline id="2022/xinyiyuan" />', '<ProjectTimeline id="2022/xinyiyuanx" />\n\n<PieChart />\n\n<Stat label="项目" value="十" />'),
        ),
      ),
    ).toEqual([
      'content/programmes/2022.mdx:20: body: <StatusChart> year: found "2021", which is not an existing programme; expected an id from content/programmes/',
      'content/programmes/2022.mdx:22: body: <ThemeChart> has no prop "yaer"; expected: year',
      'content/programmes/2022.mdx:22: body: <ThemeChart> is missing its prop "year"; expected e.g. year={2022}',
      'content/programmes/2022.mdx:24: body: <ProjectTimeline> id: found "2022/xinyiyuanx", which is not an existing project; expected an id from content/projects/',
      'content/programmes/2022.mdx:26: body: uses the component <PieChart>, which reports do not have; expected one of: StatusChart, ThemeChart, DistrictChart, BudgetChart, PeriodsChart, ProjectTimeline, ProgressChart, Stat',
      'content/programmes/2022.mdx:28: body: <Stat> value: found "十"; expected a number, e.g. value={15}',
    ]);
  });

  it('take plain values only', async () => {
    expect(await linesAfter((b) => b.edit('programmes/2022.mdx', (t) => t.replace('<StatusChart year={2022} />', '<StatusChart year={2020 + 2} />')))).toEqual([
      'content/programmes/2022.mdx:20: body: <StatusChart> year: found {2020 + 2}, which is not a plain value; expected e.g. year={2022}',
    ]);
  });
});

describe('messages in Chinese', () => {
  it('speak the press office language when the site is in Chinese', async () => {
    expect(
      await linesAfter((b) => {
        b.edit(HOSPITAL, (t) => t.replace('theme: jiankang', 'theme: jiankong').replace('progress: 40', 'progress: 140'));
        b.edit('updates/2022-07-10-jiaozheng.md', (t) => t.replace('kind: correction', 'kind: progress'));
      }, 'zh'),
    ).toEqual([
      'content/projects/2022/xinyiyuan.md:5: theme: 填写的是“jiankong”，不是已有的类别；应为 content/themes/ 中的标识之一（jiankang, youxue）',
      'content/projects/2022/xinyiyuan.md:8: progress: 填写的是 140；应为不大于 100 的数',
    ]);
  });
});
