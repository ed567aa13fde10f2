/**
 * The printable summary of each programme (`/<year>/summary/`) in every locale: linked from
 * the programme, one table with every project of the year (overdue first, with the status
 * and overdue mark the model gives), figures dated, the recent updates, light enough to print.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, siteContentOf } from '../../src/check/index.ts';
import { translator } from '../../src/i18n/index.ts';
import { buildSiteModel, type SiteModel } from '../../src/model/site.ts';
import { sandbox, TODAY, type Sandbox } from '../helpers.ts';
import { sharedBuild } from '../shared-build.ts';

const LOCALES = [
  { prefix: '', locale: 'zh-Hans' },
  { prefix: '/zh-hant', locale: 'zh-Hant' },
  { prefix: '/en', locale: 'en' },
] as const;

/** The rows of the summary table: project id, then the text of each cell. */
function tableRows(html: string): { id: string; cells: string[] }[] {
  const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  return [...body.matchAll(/<tr data-project="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => ({
    id: m[1]!,
    cells: [...m[2]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()),
  }));
}

describe('the printable summary of a programme', () => {
  let box: Sandbox;
  let dist: string;
  let model: SiteModel;
  const page = (url: string) => readFileSync(join(dist, url, 'index.html'), 'utf8');

  beforeAll(async () => {
    box = sandbox();
    dist = await sharedBuild(box.content);
    const checked = await checkContent({ contentDir: box.content, today: TODAY, lang: 'en' });
    model = buildSiteModel(siteContentOf(checked.content)!, TODAY);
  });
  afterAll(() => box.dispose());

  it('exists for every programme in every locale, linked from the programme, small and without charts', () => {
    for (const { prefix } of LOCALES) {
      for (const programme of model.programmes) {
        const url = `${prefix}/${programme.data.year}/summary/`;
        const html = page(url);
        expect(Buffer.byteLength(html), url).toBeLessThan(100_000);
        expect(html, url).not.toContain('<figure class="chart');
        expect(html, url).toContain('<thead>');
        expect(page(`${prefix}/${programme.data.year}/`), url).toContain(`<a href="${url}">`);
      }
    }
  });

  it('lists every project of the year, overdue first, with its status and overdue mark', () => {
    for (const { prefix, locale } of LOCALES) {
      if (locale === 'zh-Hant') continue; // converted text; its rows are checked by id below
      const t = translator(locale);
      for (const programme of model.programmes) {
        const rows = tableRows(page(`${prefix}/${programme.data.year}/summary/`));
        expect(rows.map((r) => r.id).sort()).toEqual(programme.projects.map((p) => p.id).sort());
        for (const { id, cells } of rows) {
          const { state, data } = model.projectById.get(id)!;
          expect(cells[0]).toBe(data.title);
          expect(cells[1]).toBe(data.leadDepartment);
          expect(cells[2]).toBe(`${state.progress}%`);
          expect(cells[3]).toContain(t(`status.${state.status}`));
          expect(cells[5]).toBe(state.overdue ? t('status.overdue') : '—');
        }
      }
    }
    expect(tableRows(page('/zh-hant/2022/summary/')).map((r) => r.id)).toEqual(['2022/youeryuan', '2022/xinyiyuan']);
    expect(tableRows(page('/2022/summary/'))).toEqual([
      { id: '2022/youeryuan', cells: ['西区幼儿园', '测试市教育局', '0%', '待启动', '2022年8月', '已超期'] },
      { id: '2022/xinyiyuan', cells: ['新医院建设', '测试市卫生健康局', '100%', '已完成', '2022年12月', '—'] },
    ]);
  });

  it('keeps declared figures apart from entries on this site and dates them apart from the build day', () => {
    const text = page('/2022/summary/').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('承诺办理 10 项；总投资 6.2亿元（据2022年2月公布的工程）');
    expect(text).toContain('本站收录 2 项 ：待启动 1；已完成 1； 已超期 1 ');
    expect(text).toContain('数据更新至 2022年12月20日（页面生成于 2026年11月22日）');
    expect(text).toContain('2022年11月20日至2022年12月20日的动态');
    expect(text).toContain('新医院完工');
    expect(text).not.toContain('新医院主体封顶');
  });
});
