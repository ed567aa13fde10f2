/**
 * Builds whole sites the way `npm run build` does and inspects the HTML: every page of
 * the URL scheme for every published entry, derived state on the page, drafts and
 * future entries absent, and refusal of content the checker rejects.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, sandbox, type Sandbox } from '../helpers.ts';
import { sharedBuild } from '../shared-build.ts';

/** Builds a sandbox's content into `<root>/dist`. */
const build = (box: Sandbox) => buildSite(box.content, join(box.root, 'dist'), join(box.root, 'cache'));

/** The visible text of a page, tags removed and white space folded. */
function text(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}

describe('the fixture site', () => {
  let box: Sandbox;
  let dist: string;
  const page = (url: string) => readFileSync(join(dist, url, 'index.html'), 'utf8');

  beforeAll(async () => {
    box = sandbox();
    dist = await sharedBuild(box.content);
  });
  afterAll(() => box.dispose());

  it('has every page of the scheme for every published entry', () => {
    const urls = [
      '/', '/2022/', '/2023/',
      '/projects/2022/xinyiyuan/', '/projects/2022/youeryuan/', '/projects/2023/yanglao/',
      '/districts/', '/districts/ceshi/', '/districts/dongqu/', '/districts/xiqu/', '/districts/hupan/',
      '/programmes/', '/themes/', '/themes/youxue/', '/themes/jiankang/',
      '/2022/status/overdue/',
      '/updates/', '/updates/2022-06-30-fengding/', '/updates/2022-07-10-jiaozheng/', '/updates/2022-09-01-lianliankan/', '/updates/2022-12-20-wangong/',
    ];
    for (const url of urls) expect(existsSync(join(dist, url, 'index.html')), url).toBe(true);
    expect(existsSync(join(dist, '404.html'))).toBe(true);
  });

  it('lists every programme and every theme on an index of its own, in every language, linked from the navigation', () => {
    for (const prefix of ['', '/zh-hant', '/en']) {
      const programmes = page(`${prefix}/programmes/`);
      for (const year of [2022, 2023]) expect(programmes, prefix).toContain(`<a href="${prefix}/${year}/">`);
      const themes = page(`${prefix}/themes/`);
      for (const id of ['youxue', 'jiankang']) expect(themes, prefix).toContain(`<a href="${prefix}/themes/${id}/"`);
      const nav = /<nav aria-label="[^"]+">[\s\S]*?<\/nav>/.exec(page(`${prefix}/`))![0];
      expect(nav, prefix).toContain(`<a href="${prefix}/programmes/">`);
      expect(nav, prefix).toContain(`<a href="${prefix}/themes/">`);
    }
    // Theme by theme, every year: done, in progress and overdue.
    expect(text(page('/themes/'))).toMatch(/优学测试 1 0 0 1 健康测试 2 2 0 0/);
    expect(text(page('/en/programmes/'))).toContain('Projects on this site: 2');
    expect(page('/themes/jiankang/')).toContain('<a href="/themes/">类别</a>');
  });

  it('says "page not found" in every language of the site, each with its home page and search', () => {
    const html = readFileSync(join(dist, '404.html'), 'utf8');
    const shown = text(html);
    for (const phrase of ['页面未找到', '頁面未找到', 'Page not found']) expect(shown).toContain(phrase);
    for (const prefix of ['', '/zh-hant', '/en']) {
      expect(html, prefix).toMatch(new RegExp(`<a href="${prefix}/" hreflang="[^"]+">`));
      expect(html, prefix).toMatch(new RegExp(`<a href="${prefix}/search/" hreflang="[^"]+">`));
    }
  });

  it('lists the updates of each month on its own page, linked from the list of updates', () => {
    const published = ['2022-06-30-fengding', '2022-07-10-jiaozheng', '2022-09-01-lianliankan', '2022-12-20-wangong'];
    const months = ['2022-12', '2022-09', '2022-07', '2022-06'];
    const front = page('/updates/');
    expect([...front.matchAll(/href="\/updates\/(\d{4}-\d{2})\/"/g)].map((m) => m[1])).toEqual(months);
    expect(text(front)).toContain('2022年9月（1 条）');
    for (const month of months) {
      const html = page(`/updates/${month}/`);
      const listed = [...html.matchAll(/href="\/updates\/(\d{4}-\d{2}-\d{2}-[^/"]+)\/"/g)].map((m) => m[1]);
      expect(listed, month).toEqual(published.filter((id) => id.startsWith(month)));
    }
    // The months before and after, as the way through the archive.
    expect(page('/updates/2022-09/')).toContain('<a rel="prev" href="/updates/2022-12/">');
    expect(page('/updates/2022-09/')).toContain('<a rel="next" href="/updates/2022-07/">');
    expect(text(page('/en/updates/2022-07/'))).toContain('Updates of July 2022');
  });

  it('leaves out drafts and entries dated in the future, everywhere', () => {
    expect(existsSync(join(dist, 'projects/2022/caogao'))).toBe(false);
    expect(existsSync(join(dist, 'updates/2099-01-01-weilai'))).toBe(false);
    expect(existsSync(join(dist, 'updates/2022-10-01-caogao'))).toBe(false);
    for (const file of allFiles(dist).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toContain('尚未公布的项目');
      expect(html, file).not.toContain('未来的动态');
      expect(html, file).not.toContain('草稿动态');
    }
  });

  it('shows the state derived from the updates: the completion update completed the hospital', () => {
    const hospital = text(page('/projects/2022/xinyiyuan/'));
    expect(hospital).toContain('已完成');
    expect(hospital).toContain('进度 100%');
    expect(hospital).toContain('完成于 2022年12月20日');
    expect(hospital).toContain('数据更新至 2022年12月20日');
    // The build day is never the date of the data. A page kept from an earlier build is the
    // page this build would write, so pages do not carry the build day; the data page does.
    expect(hospital).not.toContain('数据更新至 2026年11月22日');
    // Completed: a final status does not age, so no staleness mark however old its report.
    expect(hospital).not.toContain('天未更新');
    expect(hospital).not.toContain('页面生成于');
    expect(text(page('/data/'))).toContain('文件生成于 2026年11月22日');
    // Draft and future updates do not move the kindergarten.
    const school = text(page('/projects/2022/youeryuan/'));
    expect(school).toContain('进度 0%');
    expect(school).toContain('待启动');
    // Overdue is worded by what is known: the deadline passed and no completion was reported.
    expect(school).toContain('已过完成时限，未见完成报告');
    expect(school).toContain('完成时限为 2022年8月；截至 2022年9月1日 的数据中未见完成报告');
    // Last reported in 2022, built in 2026: past the 180 days of staleness site.json leaves unset.
    expect(school).toContain('最近一次报告在 2022年9月1日，已超过 180 天');
    expect(page('/projects/2022/youeryuan/')).toMatch(/<p class="stale-mark"><svg class="status-mark status-mark--stale"/);
    expect(text(page('/en/projects/2022/youeryuan/'))).toContain('The last report is from 1 September 2022, over 180 days ago');
    expect(text(page('/en/2022/'))).toContain('Data as of 1 September 2022 No report for over 180 days');
    expect(text(page('/2022/'))).toContain('数据更新至 2022年9月1日 超过 180 天未更新');
  });

  it('draws status marks as inline SVG beside the word, and writes no emoji anywhere', () => {
    const school = page('/projects/2022/youeryuan/');
    expect(school).toMatch(/<span class="status status--planned"><svg class="status-mark status-mark--planned"[^>]*aria-hidden="true"[\s\S]*?<\/svg>待启动<\/span>/);
    expect(school).toMatch(/<span class="status status--overdue"><svg class="status-mark status-mark--overdue"[\s\S]*?<\/svg>已过完成时限，未见完成报告<\/span>/);
    // An emoji is an empty box where no emoji font is installed, and on paper.
    for (const file of allFiles(dist).filter((f) => /\.(html|svg)$/.test(f))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/[\p{Emoji_Presentation}\uFE0F]/u);
    }
  });

  it('counts the rows of every figures table as the tiles do: each row adds up to its total, overdue apart from under way', () => {
    const pages = ['/2022/', '/', '/themes/youxue/', '/districts/ceshi/', '/en/2022/'];
    let rows = 0;
    for (const url of pages) {
      for (const [, body] of page(url).matchAll(/<table class="stats-table">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/g)) {
        for (const [, row] of body!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)) {
          const cells = [...row!.matchAll(/<td class="num" data-label="([^"]+)">([^<]*)<\/td>/g)].map(([, label, value]) => ({ label: label!, value: value! }));
          const [total, ...rest] = cells;
          const parts = rest.filter((cell) => !/投资|Investment/.test(cell.label)).map((cell) => Number(cell.value));
          expect(parts.reduce((a, b) => a + b, 0), `${url} ${row}`).toBe(Number(total!.value));
          rows++;
        }
      }
    }
    expect(rows).toBeGreaterThan(5);
    // 西区幼儿园 is overdue: counted under 已超期, not under 待启动.
    expect(text(page('/2022/'))).toContain('按类别 类别 项目数 已完成 已超期 投资 优学测试 1 0 1 4500万元 健康测试 1 1 0 5亿元');
  });

  it('shows every fact of a project, dates at their precision and money in 亿元/万元', () => {
    const html = page('/projects/2022/xinyiyuan/');
    const shown = text(html);
    for (const fact of [
      '新医院建设', '在东区湖畔街道新建一所医院。', '测试市卫生健康局', '测试市建设局、东区人民政府', '王某', '5亿元',
      '开工 2021年4月', '完成时限 2022年12月', '2022年6月30日 主体结构封顶', '床位 600 张', '承台 4 个 （目标 6 个）',
      '湖畔路1号', '测试日报报道', '新医院位于湖畔街道。', '医疗', '湖畔街道', '2022年测试市民生实事',
    ]) {
      expect(shown).toContain(fact);
    }
    expect(html).toContain('<img src="/media/projects/2022/xinyiyuan.svg" alt="新医院的示意图"');
    expect(existsSync(join(dist, 'media/projects/2022/xinyiyuan.svg'))).toBe(true);
    expect(html).toMatch(/<table>[\s\S]*住院楼[\s\S]*<\/table>/);
    expect(html).toContain('<a href="https://example.org/news/1" rel="external noreferrer">');
  });

  it('lists a project updates newest first, with the correction among them', () => {
    const full = text(page('/projects/2022/xinyiyuan/'));
    const shown = full.slice(full.indexOf('项目动态'));
    const order = ['新医院完工', '市民走进新医院和幼儿园', '更正：新医院进度', '新医院主体封顶'].map((title) => shown.indexOf(title));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(page('/updates/2022-07-10-jiaozheng/')).toContain('update--correction');
    expect(text(page('/updates/2022-07-10-jiaozheng/'))).toContain('更正：进度 70% → 65%');
  });

  it('shows a correction as an erratum on the project and says what changed in the update list', () => {
    const hospital = text(page('/projects/2022/xinyiyuan/'));
    expect(hospital).toContain('更正记录 以下动态更正了此前公布的信息。 2022年7月10日 更正：新医院进度 ：进度 70% → 65%');
    const list = text(page('/updates/'));
    expect(list).toContain('更正 更正：新医院进度 新医院建设 进度 70% → 65%');
    expect(list).toContain('完工 新医院完工 新医院建设 状态 推进中 → 已完成；进度 65% → 100%');
  });

  it('renders the programme report with its GFM table, and the programme figures', () => {
    const html = page('/2022/');
    expect(html).toMatch(/<table>[\s\S]*承诺项目[\s\S]*6\.2亿元[\s\S]*<\/table>/);
    const shown = text(html);
    // What the programme declared, quoted with its day; what the site holds, counted apart.
    expect(shown).toContain('承诺办理 10 项；总投资 6.2亿元（据2022年2月公布的工程）');
    expect(shown).toContain('本站收录 2 项 · 数据更新至 2022年12月20日 已完成 1 推进中 0 已超期 1 投资 5.45亿元');
    const tiles = /<dl class="figures" data-figures="counted">[\s\S]*?<\/dl>/.exec(html)![0];
    expect(tiles).not.toMatch(/承诺|6\.2亿元/);
    // Each tile leads to the projects it counts; the overdue one to the list of them.
    expect(tiles).toContain('<a href="/2022/status/completed/">1</a>');
    expect(tiles).toContain('<a href="/2022/#overdue">1</a>');
    expect(shown).toContain('全部项目（2）');
    // Answer first: figures, overdue projects and the list come before the report and the charts.
    const order = ['class="figures"', 'id="overdue"', 'id="projects"', 'id="report"', 'id="charts"'].map((mark) => html.indexOf(mark));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    // A year whose one project has its budget in another currency: the sum in it, never 0 yuan.
    expect(text(page('/2023/'))).toContain('投资 100万美元');
    expect(text(page('/'))).toContain('2022年 2 1 50% 5.45亿元 2023年 1 1 100% —');
  });

  it('counts each project of a year in one tile only, so that the tiles add up to the projects on this site', () => {
    const years = readdirSync(dist).filter((name) => /^\d{4}$/.test(name));
    expect(years.length).toBeGreaterThan(1);
    for (const year of years) {
      const html = page(`/${year}/`);
      const entered = Number(/本站收录 (\d+) 项/.exec(text(html))![1]);
      const tiles = [...html.matchAll(/<div class="figures__item"><dt>([^<]+)<\/dt><dd>(?:<a [^>]*>)?([^<]+)/g)];
      const counted = tiles.filter(([, label]) => label !== '投资').map(([, , value]) => Number(value));
      expect(counted.every(Number.isInteger), year).toBe(true);
      expect(counted.reduce((a, b) => a + b, 0), year).toBe(entered);
    }
  });

  it('rolls projects up to the places above them', () => {
    expect(text(page('/districts/dongqu/'))).toContain('本地区及下辖地区的项目（2）');
    expect(text(page('/districts/ceshi/'))).toContain('本地区及下辖地区的项目（3）');
    expect(text(page('/districts/xiqu/'))).toContain('本地区及下辖地区的项目（2）');
    // One table: the whole region first, each place under its parent; project count, completed, in progress, overdue.
    const table = text(page('/districts/'));
    expect(table).toContain('地区 项目数 已完成 推进中 已超期 测试市 合计 3 2 0 1 东区 县级 2 2 0 0 湖畔街道 街道 2 2 0 0 西区 县级 2 1 0 1');
    // A place's projects by year, newest first, the overdue one first within its year.
    const place = text(page('/districts/ceshi/'));
    const order = ['2023年（1）', '养老食堂', '2022年（2）', '西区幼儿园', '新医院建设'].map((title) => place.indexOf(title));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('lists updates newest first', () => {
    const shown = text(page('/updates/'));
    const order = ['新医院完工', '市民走进新医院和幼儿园', '更正：新医院进度', '新医院主体封顶'].map((title) => shown.indexOf(title));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('gives every page a language, one h1, a skip link, a main landmark, and script only to enhance', () => {
    const pages = allFiles(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(3 * 19 + 1);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const lang = file.includes('/zh-hant/') ? 'zh-Hant' : file.includes('/en/') ? 'en' : 'zh-Hans';
      expect(html, file).toContain(`<html lang="${lang}">`);
      expect(html.match(/<h1[\s>]/g), file).toHaveLength(1);
      expect(html, file).toContain('<a class="skip-link" href="#main">');
      expect(html, file).toContain('<main id="main"');
      // Script is never needed to read: the reading-mode memory on every page, the filters
      // on a programme's full list and search, each a classic file (modules break under file://).
      const scripts = html.match(/<script[^>]*>/g);
      const own = ['<script src="/assets/reading.js">'];
      if (/\/(?:en\/|zh-hant\/)?\d{4}\/index\.html$/.test(file)) {
        expect(scripts, file).toEqual([...own, '<script src="/assets/filters.js" defer>']);
      } else if (file.includes('/search/')) {
        expect(scripts, file).toEqual([
          ...own,
          '<script id="search-labels" type="application/json">',
          '<script src="/search/index.js" defer>',
          '<script src="/assets/search.js" defer>',
        ]);
      } else {
        expect(scripts, file).toEqual(own);
      }
    }
  });

  it('draws the charts of each page without script, each with a text alternative, its data table and its files', () => {
    const expected: Record<string, string[]> = {
      '/': ['programmes/2023/status', 'trend'],
      // The report's own charts (a status chart and a project timeline), then the page's others: the
      // status chart is not drawn twice, and no chart puts promised and counted projects on one scale.
      '/2022/': ['programmes/2022/status', 'projects/2022/xinyiyuan/milestones', 'programmes/2022/themes', 'programmes/2022/budget', 'programmes/2022/districts', 'programmes/2022/periods'],
      '/projects/2022/xinyiyuan/': ['projects/2022/xinyiyuan/progress', 'projects/2022/xinyiyuan/milestones', 'projects/2022/xinyiyuan/history'],
      '/districts/': ['districts/map'],
      '/districts/ceshi/': ['districts/ceshi/map', 'districts/ceshi/status', 'districts/ceshi/themes'],
      // Nothing below 东区 has a boundary, and its two projects share one status and one theme: no chart would add to its list.
      '/districts/dongqu/': [],
      '/themes/jiankang/': ['themes/jiankang/trend'],
      '/en/2022/': ['en/programmes/2022/status', 'en/projects/2022/xinyiyuan/milestones', 'en/programmes/2022/themes', 'en/programmes/2022/budget', 'en/programmes/2022/districts', 'en/programmes/2022/periods'],
    };
    for (const [url, names] of Object.entries(expected)) {
      const html = page(url);
      const figures = [...html.matchAll(/<figure class="chart[\s\S]*?<\/figure>/g)].map((m) => m[0]);
      expect(figures.map((f) => /href="\/charts\/([^"]+)\.svg"/.exec(f)?.[1]), url).toEqual(names);
      for (const figure of figures) {
        const labelled = /<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+) ([^"]+)"/.exec(figure)!;
        expect(figure).toContain(`<title id="${labelled[1]}">`);
        expect(figure).toMatch(new RegExp(`<desc id="${labelled[2]}">[^<]{10,}</desc>`));
        expect(figure).toMatch(/<details class="chart__data">[\s\S]*<table[^>]*>\s*<caption>[\s\S]*<th scope="col"/);
        for (const file of figure.matchAll(/href="\/charts\/([^"]+)"/g)) expect(existsSync(join(dist, 'charts', file[1]!)), file[1]).toBe(true);
      }
    }
    // The standalone files carry the same chart, and the data opens in Excel.
    const svg = readFileSync(join(dist, 'charts/projects/2022/xinyiyuan/history.svg'), 'utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const description = /<desc id="[^"]+">[^<]+<\/desc>/.exec(svg)![0];
    expect(page('/projects/2022/xinyiyuan/')).toContain(description);
    expect(readFileSync(join(dist, 'charts/projects/2022/xinyiyuan/history.csv'), 'utf8').startsWith('\uFEFF')).toBe(true);
  });

  it('draws the charts a report places in its text, in the page language, with ids of their own', () => {
    for (const url of ['/2022/', '/en/2022/']) {
      const html = page(url);
      const report = html.slice(html.indexOf('class="prose"'), html.indexOf('id="charts"'));
      expect(report, url).toContain('<span class="stat"><span class="stat__value">10<span class="stat__unit">项</span></span><span class="stat__label">承诺项目</span></span>');
      expect(report.match(/<figure class="chart chart--[a-z-]+"/g), url).toEqual(['<figure class="chart chart--status-breakdown"', '<figure class="chart chart--milestone-timeline"']);
      const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size, url).toBe(ids.length);
    }
    expect(text(page('/en/2022/'))).toContain('Projects by status');
  });

  it('pre-renders a page for every filter value, holding exactly the matching projects', () => {
    const titles = (url: string) => [...page(url).matchAll(/<h3 class="project-card__title"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(titles('/2022/status/completed/')).toEqual(['新医院建设']);
    expect(titles('/2022/status/planned/')).toEqual(['西区幼儿园']);
    expect(titles('/2022/themes/youxue/')).toEqual(['西区幼儿园']);
    expect(titles('/2022/districts/dongqu/')).toEqual(['新医院建设']);
    expect(existsSync(join(dist, '2022/status/delayed'))).toBe(false);
    // Overdue is a value of the status filter: past the deadline, whatever the status.
    expect(titles('/2022/status/overdue/')).toEqual(['西区幼儿园']);
    expect(existsSync(join(dist, '2023/status/overdue'))).toBe(false);
    const filters = page('/2022/');
    expect(filters).toContain('<a href="/2022/status/completed/" data-dimension="status" data-value="completed" data-label="已完成">已完成（1）</a>');
    expect(filters).toContain('<a href="/2022/status/overdue/" data-dimension="status" data-value="overdue" data-label="已超期">已超期（1）</a>');
    // A way back to every project: hidden on the full list until the script filters it, shown on a filtered page.
    expect(filters).toContain('<p class="filters__clear" hidden><a href="/2022/#projects">清除筛选</a></p>');
    expect(page('/2022/status/overdue/')).toContain('<p class="filters__clear"><a href="/2022/#projects">清除筛选</a></p>');
    expect(page('/2022/themes/youxue/')).toContain('data-value="youxue" aria-current="page">优学（1）</a>');
    // The full list carries what the script filters on.
    expect(filters).toContain('data-status="completed" data-theme="jiankang" data-district="dongqu"');
    expect(filters).toContain('data-status="planned overdue" data-theme="youxue" data-district="xiqu"');
  });

  it('maps a place by its boundary from content/geo/', () => {
    const html = page('/districts/');
    expect(html).toMatch(/<path d="M[^"]+Z" class="chart-area chart-mark chart-fill"/);
    expect(text(html)).toContain('东区');
  });

  it('converts every page to Traditional with official vocabulary and links inside its locale', () => {
    const html = page('/zh-hant/projects/2022/xinyiyuan/');
    expect(html).toContain('<html lang="zh-Hant">');
    expect(text(html)).toContain('新醫院建設');
    expect(text(html)).toContain('項目概況');
    expect(text(html)).not.toContain('專案');
    expect(html).toContain('<a href="/zh-hant/themes/jiankang/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/zh-hant/projects/2022/xinyiyuan/">');
    // Files keep their one address.
    expect(html).toContain('href="/feed.xml"');
    expect(html).toContain('src="/media/projects/2022/xinyiyuan.svg"');
  });

  it('renders the interface in English and marks the Chinese content with its language', () => {
    const html = page('/en/projects/2022/xinyiyuan/');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1 lang="zh-Hans">新医院建设</h1>');
    const shown = text(html);
    for (const phrase of ['Key facts', 'Completed', 'Completed, 100% complete', 'Data as of 20 December 2022', '¥500 million', 'Lead department 测试市卫生健康局']) {
      expect(shown).toContain(phrase);
    }
    expect(html).toContain('<a href="/en/themes/jiankang/">');
  });

  it('links every page to itself in each language, keeping the reader on the same page', () => {
    for (const [url, current] of [['/projects/2022/xinyiyuan/', 'zh-Hans'], ['/zh-hant/projects/2022/xinyiyuan/', 'zh-Hant'], ['/en/projects/2022/xinyiyuan/', 'en']] as const) {
      const html = page(url);
      const links = [...html.matchAll(/<a href="([^"]*)" hreflang="([^"]*)"[^>]*?( aria-current="true")?>([^<]*)<\/a>/g)].map((m) => [m[1], m[2], Boolean(m[3]), m[4]]);
      expect(links).toEqual([
        ['/projects/2022/xinyiyuan/', 'zh-Hans', current === 'zh-Hans', '简体中文'],
        ['/zh-hant/projects/2022/xinyiyuan/', 'zh-Hant', current === 'zh-Hant', '繁體中文'],
        ['/en/projects/2022/xinyiyuan/', 'en', current === 'en', 'English'],
      ]);
      expect(html).toContain('<link rel="alternate" hreflang="zh-Hant" href="https://example.org/zh-hant/projects/2022/xinyiyuan/">');
      expect(html).toContain('<link rel="alternate" hreflang="x-default" href="https://example.org/projects/2022/xinyiyuan/">');
    }
  });
});

describe('content the checker rejects', () => {
  it('is not built: the build exits 1, names the problem and writes nothing', () => {
    const box = sandbox();
    try {
      box.edit('projects/2022/xinyiyuan.md', (t) => t.replace('theme: jiankang', 'theme: jiankong'));
      const run = build(box);
      expect(run.status).toBe(1);
      expect(`${run.stdout}${run.stderr}`).toContain('projects/2022/xinyiyuan.md:5: theme: 填写的是“jiankong”，不是已有的类别');
      expect(`${run.stdout}${run.stderr}`).toContain('1 个错误');
      expect(existsSync(join(box.root, 'dist'))).toBe(false);
    } finally {
      box.dispose();
    }
  });
});
