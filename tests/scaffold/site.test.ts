/**
 * `npm run new -- site <dir>`: a starter site that checks without an error and builds at
 * once, written only into a new or empty folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/check/index.ts';
import { TODAY, buildSite } from '../helpers.ts';
import { run, snapshot } from '../import/cli.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'minsheng-site-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const files = [
  'site.json',
  ...['jiaoyu', 'yiliao', 'yanglao', 'jiuye', 'zhufang', 'jiaotong', 'huanjing', 'wenti', 'pingan'].map((id) => `themes/${id}.json`),
  'districts/benshi.json',
  'programmes/2026.mdx',
];

async function problems(content: string): Promise<string[]> {
  const result = await checkContent({ contentDir: content, today: TODAY, lang: 'zh', cwd: root });
  return result.problems.map((p) => formatProblem(p, 'zh'));
}

describe('a new site', () => {
  it('checks without a problem and builds at once', async () => {
    const result = run('new', ['site', 'pinghu'], root);
    expect(result.status).toBe(0);
    expect(result.out).toEqual([
      ...files.map((file) => `pinghu/content/${file}`),
      '新网站已写入 pinghu/content。接下来：',
      '  - 网站目前面向“本市”（benshi），名为“本市民生实事”，发布单位为“本市人民政府办公室”：请在 site.json 和 districts/benshi.json 中改为实际名称（或加 --name、--region、--title、--publisher 重新生成）。',
      '  - 添加下级地区：npm run new -- district <标识> --name "…" --content pinghu/content',
      '  - 添加本年度的项目：npm run new -- project 2026/<标识> --content pinghu/content（或用 npm run import 导入）',
      '  - 检查、预览和生成：npm run check -- --content pinghu/content · npm run dev -- --content pinghu/content · npm run build -- --content pinghu/content --out pinghu/dist',
    ]);
    const content = join(root, 'pinghu/content');
    expect(await problems(content)).toEqual([]);

    const out = join(root, 'out');
    const build = buildSite(content, out, join(root, 'cache'));
    expect(build.status, build.stderr).toBe(0);
    const home = readFileSync(join(out, '2026/index.html'), 'utf8');
    expect(home).toContain('2026年本市民生实事项目');
    expect(home).toContain('本页跟踪2026年本市民生实事项目');
    expect(existsSync(join(out, 'themes/jiaoyu/index.html'))).toBe(true);
    expect(existsSync(join(out, 'districts/benshi/index.html'))).toBe(true);
  });

  it('takes the names it is given, and then has nothing to ask about them', async () => {
    const args = ['site', 'site', '--name', '平湖市', '--region', 'pinghu', '--level', 'county', '--title', '平湖民生', '--publisher', '平湖市新闻办公室', '--lang', 'en'];
    const result = run('new', args, root);
    expect(result.out.slice(files.length - 2, files.length + 1)).toEqual(['site/content/districts/pinghu.json', 'site/content/programmes/2026.mdx', 'The site is ready in site/content. Next:']);
    expect(result.out.join('\n')).not.toContain('real names');
    const content = join(root, 'site/content');
    expect(JSON.parse(readFileSync(join(content, 'site.json'), 'utf8'))).toEqual({
      title: '平湖民生',
      publisher: '平湖市新闻办公室',
      region: 'pinghu',
      defaultLocale: 'zh-Hans',
      locales: ['zh-Hans', 'zh-Hant', 'en'],
    });
    expect(JSON.parse(readFileSync(join(content, 'districts/pinghu.json'), 'utf8'))).toEqual({ name: '平湖市', level: 'county' });
    expect(readFileSync(join(content, 'programmes/2026.mdx'), 'utf8')).toContain('title: 2026年平湖市民生实事项目\nregion: pinghu\n');
    expect(await problems(content)).toEqual([]);
  });

  it('gives the region the level its name states, and asks for --level when the name does not', () => {
    expect(run('new', ['site', 'pinghu', '--name', '平湖市', '--region', 'pinghu'], root).status).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'pinghu/content/districts/pinghu.json'), 'utf8'))).toEqual({ name: '平湖市', level: 'city' });
    expect(run('new', ['site', 'haiyan', '--name', '海盐县', '--region', 'haiyan'], root).status).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'haiyan/content/districts/haiyan.json'), 'utf8'))).toEqual({ name: '海盐县', level: 'county' });
    const refused = run('new', ['site', 'jiaxing', '--name', '嘉兴', '--lang', 'en'], root);
    expect(refused.status).toBe(1);
    expect(refused.err[0]).toMatch(/^the level of 嘉兴 cannot be told from its name .*; expected --level with one of: province, city, county, district, street, town, village, community, e\.g\. --level town$/);
    expect(existsSync(join(root, 'jiaxing'))).toBe(false);
  });

  it('is refused in a folder that is not empty, on a file and for a bad region, writing nothing', () => {
    mkdirSync(join(root, 'full'));
    writeFileSync(join(root, 'full/notes.txt'), '');
    writeFileSync(join(root, 'file'), '');
    const before = snapshot(root);
    const refusals = [
      [['site', 'full'], ['full 不是空文件夹（其中有 notes.txt），没有写入任何文件。应为新的或空的文件夹：新网站不会写在其他文件之间']],
      [['site', 'file', '--lang', 'en'], ['file is a file; nothing was written. Expected a new or empty folder']],
      [
        ['site', 'new', '--region', 'Ping_Hu', '--level', 'hamlet', '--lang', 'en'],
        [
          '--region "Ping_Hu" is not a valid id; expected lower-case letters a-z, digits 0-9 and hyphens, e.g. xindai',
          '--level hamlet is not a level of place; expected one of: province, city, county, district, street, town, village, community',
        ],
      ],
    ] as const;
    for (const [args, errors] of refusals) {
      const result = run('new', args, root);
      expect(result.status).toBe(1);
      expect(result.out).toEqual([]);
      expect(result.err.slice(0, errors.length)).toEqual(errors);
    }
    expect(snapshot(root)).toEqual(before);
    expect(existsSync(join(root, 'new'))).toBe(false);
  });
});
