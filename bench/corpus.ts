/**
 * The benchmark's synthetic corpus: a fictional city's livelihood programmes over five
 * years, written in the content format of content-format.md. The generator is pure and
 * seeded: the same options give byte-identical files, so that builds of different
 * commits time the same work. The corpus passes the checker with no errors (tested), since
 * the build refuses content with errors and would otherwise time nothing.
 */
import yaml from 'js-yaml';
import type { Status } from '../src/schemas/common.ts';
import type { UpdateKind } from '../src/schemas/update.ts';
import { seededRandom, type Random } from './random.ts';
import {
  ACTIONS,
  ADVANCES,
  CITY,
  COUNTIES,
  DELAY_REASONS,
  GIVEN_NAMES,
  MEDIA,
  MILESTONES,
  NEXT_STEPS,
  OFFICIAL_TITLES,
  PARTNERS,
  SURNAMES,
  SYLLABLES,
  TAGS,
  THEMES,
  type ThemeWords,
} from './words.ts';

/** The build date the corpus is written for: every date in it is on or before this day. */
export const BUILD_DATE = '2026-06-30';
/** {@link BUILD_DATE} at noon in Asia/Shanghai, for `SOURCE_DATE_EPOCH`. */
export const SOURCE_DATE_EPOCH = String(Date.UTC(2026, 5, 30, 4) / 1000);
/** The programme years; projects are split evenly across them. */
export const YEARS = [2021, 2022, 2023, 2024, 2025] as const;

export interface CorpusOptions {
  projects: number;
  /** Updates written about each project; 4 unless given. */
  updatesPerProject?: number;
  seed?: number;
}

/** A file of the content folder: its path below the folder (with `/`) and its text. */
export interface CorpusFile {
  path: string;
  text: string;
}

export interface Corpus {
  files: CorpusFile[];
  projects: number;
  updates: number;
  /**
   * What a press office does to publish progress: one more update, dated the build day,
   * about a project under way. Not among `files`; the benchmark adds it to time a rebuild.
   */
  publish: {
    update: CorpusFile;
    projectId: string;
    /** The project's own file, for the bare Astro site's equivalent edit. */
    projectPath: string;
    /** The update's text as a paragraph, for the same edit. */
    paragraph: string;
  };
}

/** How a project's story ends by the build date. `done-at-baseline` was entered once already complete. */
type Fate = 'completed' | 'in-progress' | 'delayed' | 'planned' | 'suspended' | 'cancelled' | 'done-at-baseline';

/** The first projects take each fate in turn, so that even a tiny corpus shows every status. */
const EVERY_FATE: readonly Fate[] = ['completed', 'in-progress', 'delayed', 'planned', 'suspended', 'cancelled', 'done-at-baseline'];

interface Place {
  id: string;
  name: string;
  level: 'city' | 'county' | 'district' | 'street' | 'town' | 'village' | 'community';
  parent?: string;
  centroid: [number, number];
  /** The county (or the city itself) it lies in. */
  county: string;
}

interface UpdatePlan {
  date: string;
  kind: UpdateKind;
  progress?: number;
  status?: Status;
  participants?: number;
}

// ---------------------------------------------------------------------------------------
// Dates: days as `YYYY-MM-DD` strings, counted in UTC so that time zones never shift them.

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
const dayString = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');
const chineseDate = (date: string) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
const chineseMonth = (date: string) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月`;

/** `count` different days in [from, to], in order. */
function days(random: Random, from: number, to: number, count: number): string[] {
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(random.int(from, to));
  return [...chosen].sort((a, b) => a - b).map(dayString);
}

/** 5000000 → "500万元", 120000000 → "1.2亿元": how reports write sums. */
function yuan(amount: number): string {
  return amount >= 1e8 ? `${Number((amount / 1e8).toFixed(2))}亿元` : `${Math.round(amount / 1e4)}万元`;
}

// ---------------------------------------------------------------------------------------
// Serialisation: YAML frontmatter with keys in the order given, nothing undefined.

/** Drops undefined fields, which YAML and JSON writers would otherwise refuse or keep. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function markdown(data: object, body: string): string {
  return `---\n${yaml.dump(defined(data), { lineWidth: -1, noRefs: true, quotingType: '"' })}---\n\n${body}\n`;
}

const json = (data: object) => `${JSON.stringify(defined(data), null, 2)}\n`;

// ---------------------------------------------------------------------------------------
// Places: 1 city → 8 counties and districts → 10 towns or streets each → 2–4 villages or communities.

function places(random: Random): Place[] {
  const list: Place[] = [{ id: CITY.id, name: CITY.name, level: 'city', centroid: [...CITY.centroid], county: CITY.id }];
  const taken = new Set([CITY.id, ...COUNTIES.map(([id]) => id)]);
  // Every two-syllable name once, in a seeded order: towns and villages never share a name.
  const names = random.shuffle(SYLLABLES.flatMap((a) => SYLLABLES.filter((b) => b !== a).map((b) => [a[0] + b[0], a[1] + b[1]] as const)));
  const nextName = () => {
    for (;;) {
      const name = names.pop();
      if (!name) throw new Error('The benchmark ran out of place names; add syllables to bench/words.ts.');
      if (!taken.has(name[1])) {
        taken.add(name[1]);
        return name;
      }
    }
  };
  const near = (centre: readonly [number, number], radius: number, angle: number): [number, number] => [
    Number((centre[0] + radius * Math.cos(angle)).toFixed(4)),
    Number((centre[1] + radius * Math.sin(angle)).toFixed(4)),
  ];
  COUNTIES.forEach(([id, name, level], c) => {
    const county: Place = { id, name, level, parent: CITY.id, centroid: near(CITY.centroid, 0.35, (2 * Math.PI * c) / COUNTIES.length), county: id };
    list.push(county);
    for (let t = 0; t < 10; t++) {
      const [townName, townId] = nextName();
      // Districts of the city proper have streets (街道); counties have towns (镇).
      const urban = level === 'district';
      const town: Place = { id: townId, name: `${townName}${urban ? '街道' : '镇'}`, level: urban ? 'street' : 'town', parent: id, centroid: near(county.centroid, 0.1, random.next() * 2 * Math.PI), county: id };
      list.push(town);
      const villages = random.int(2, 4);
      for (let v = 0; v < villages; v++) {
        const [villageName, villageId] = nextName();
        const community = urban || random.chance(0.3);
        list.push({ id: villageId, name: `${villageName}${community ? '社区' : '村'}`, level: community ? 'community' : 'village', parent: townId, centroid: near(town.centroid, 0.025, random.next() * 2 * Math.PI), county: id });
      }
    }
  });
  return list;
}

function placeFile(place: Place, random: Random): CorpusFile {
  const population =
    place.level === 'city' ? 2_600_000 : place.level === 'county' || place.level === 'district' ? random.int(250, 600) * 1000 : place.level === 'town' || place.level === 'street' ? random.int(20, 90) * 1000 : random.int(800, 6000);
  return {
    path: `districts/${place.id}.json`,
    text: json({
      name: place.name,
      level: place.level,
      parent: place.parent,
      population,
      // Reports give areas for counties and towns, rarely for villages.
      areaKm2: ['village', 'community'].includes(place.level) ? undefined : Number((population / random.int(400, 1500)).toFixed(1)),
      centroid: place.centroid,
    }),
  };
}

// ---------------------------------------------------------------------------------------
// Projects and their updates.

interface ProjectPlan {
  id: string;
  path: string;
  year: number;
  title: string;
  theme: ThemeWords;
  place: Place;
  fate: Fate;
  lead: string;
  /** Progress after the last update (or the baseline, when no update states one). */
  finalProgress: number;
  lastUpdate: string;
  budget?: number;
}

function fateOf(random: Random, index: number, year: number): Fate {
  if (index < EVERY_FATE.length) return EVERY_FATE[index]!;
  // Older programmes are mostly finished; the newest is mostly under way.
  const age = Number(BUILD_DATE.slice(0, 4)) - year;
  return random.weighted<Fate>([
    ['completed', 0.15 + 0.12 * age],
    ['done-at-baseline', 0.08],
    ['in-progress', Math.max(0.05, 0.45 - 0.07 * age)],
    ['delayed', 0.08],
    ['planned', Math.max(0.02, 0.1 - 0.02 * age)],
    ['suspended', 0.03],
    ['cancelled', 0.03],
  ]);
}

/** Progress stated by each update, rising from the baseline `from` to `to`, the last one `to`. */
function risingProgress(random: Random, from: number, to: number, count: number): number[] {
  const values: number[] = [];
  let previous = from;
  for (let k = 1; k <= count; k++) {
    const aim = k === count ? to : Math.round(from + ((to - from) * k) / count + random.int(-5, 5));
    previous = Math.min(to, Math.max(previous, aim));
    values.push(previous);
  }
  return values;
}

function updatePlans(random: Random, fate: Fate, baseline: { status: Status; progress: number; date: string }, window: { from: number; to: number }, count: number, correction: boolean): UpdatePlan[] {
  if (fate === 'planned' || fate === 'done-at-baseline') {
    // Nothing moves: reports of visits, inspections and suggestions.
    const kinds: UpdateKind[] = fate === 'planned' ? ['suggestion', 'inspection', 'public-visit', 'milestone'] : ['inspection', 'public-visit', 'suggestion'];
    return days(random, window.from, window.to, count).map((date) => {
      const kind = random.pick(kinds);
      return defined({ date, kind, participants: kind === 'public-visit' ? random.int(12, 150) : undefined });
    });
  }
  const final = { completed: 100, 'in-progress': random.int(35, 95), delayed: random.int(15, 70), suspended: random.int(10, 60), cancelled: random.int(0, 40) }[fate];
  const progress = risingProgress(random, baseline.progress, Math.max(final, baseline.progress), count);
  const dates = days(random, window.from, window.to, count);
  let started = baseline.status !== 'planned';
  const plans = dates.map((date, k): UpdatePlan => {
    const last = k === count - 1;
    let kind: UpdateKind = random.weighted<UpdateKind>([['progress', 50], ['milestone', 20], ['inspection', 15], ['public-visit', 10], ['suggestion', 5]]);
    // Progress and milestone news state a figure; visits and inspections only sometimes do.
    const states = last || kind === 'progress' || kind === 'milestone' || random.chance(0.5);
    let status: Status | undefined;
    if (last && fate === 'completed') kind = 'completion';
    else if (last && fate !== 'in-progress') {
      kind = 'progress';
      status = fate;
    } else if (states && !started && progress[k]! > 0) status = 'in-progress';
    if (states && progress[k]! > 0) started = true;
    return defined({ date, kind, status, progress: states ? progress[k] : undefined, participants: kind === 'public-visit' ? random.int(12, 150) : undefined });
  });
  // A figure reported too high, corrected by the next update: the only way progress may go down.
  const second = plans[1];
  if (correction && count >= 4 && second && plans[2] && (second.progress ?? 100) <= 90 && fate !== 'cancelled') {
    const right = second.progress!;
    plans[1] = { ...second, kind: 'progress', progress: right + random.int(5, 9) };
    plans[2] = { date: plans[2].date, kind: 'correction', progress: right };
  }
  return plans;
}

function paragraph(random: Random, p: ProjectPlan, kind: 'background' | 'progress' | 'residents' | 'next'): string {
  const { theme, place, lead } = p;
  const facility = p.title.replace(place.name, '');
  switch (kind) {
    case 'background':
      return random.pick([
        `${p.title}是${p.year}年${CITY.name}民生实事项目之一，由${lead}牵头实施。${place.name}${random.pick(['常住人口增长较快', '老年人口比例较高', '原有设施建成年代较早', '周边新建小区集中交付'])}，群众对${theme.short}方面的需求日益迫切，项目建成后将惠及周边约${random.int(2, 30) * 1000}名居民。`,
        `为补齐${place.name}${theme.short}领域的短板，${CITY.name}把${facility}列入${p.year}年民生实事。项目${p.budget ? `总投资${yuan(p.budget)}，` : ''}由${lead}负责推进，${random.pick(['街镇', '所在村社', '相关部门'])}共同参与，实行挂图作战、定期通报。`,
      ]);
    case 'progress':
      return random.pick([
        `项目开工以来，施工单位倒排工期，${random.pick(ADVANCES)}和${random.pick(ADVANCES)}交叉推进。指挥部每月到现场督查一次，对发现的${random.int(3, 12)}个问题逐项销号，确保质量和安全。`,
        `截至目前，${random.pick(ADVANCES)}已基本完成，${random.pick(ADVANCES)}正在抓紧施工。${random.pick(['受雨季影响，', '克服原材料价格上涨等困难，', '在不影响周边居民生活的前提下，'])}项目总体进度与计划基本一致。`,
      ]);
    case 'residents':
      return `在方案征求意见阶段，共收到群众意见建议${random.int(12, 260)}条，主要集中在${random.pick(theme.concerns)}和${random.pick(theme.concerns)}等方面。${random.pick(['其中合理的建议已被吸收进设计方案。', '牵头部门对每条建议都作了答复。', '人大代表和政协委员参与了方案论证。'])}`;
    case 'next':
      return `下一步，${lead}将会同${random.pick(PARTNERS)}做好${random.pick(NEXT_STEPS)}和${random.pick(NEXT_STEPS)}等工作，${random.pick(['力争早日投入使用。', '确保按期完成年度目标。', '让群众尽早受益。'])}`;
  }
}

function projectBody(random: Random, p: ProjectPlan, metrics: { label: string; value: number; unit: string }[] | undefined): string {
  const parts = [paragraph(random, p, 'background'), paragraph(random, p, 'progress')];
  if (random.chance(0.6)) parts.push(paragraph(random, p, 'residents'));
  if (random.chance(0.5)) parts.push(paragraph(random, p, 'next'));
  // Some reports tabulate their figures; GFM tables are part of the content format.
  if (metrics && random.chance(0.3)) {
    parts.push(['| 指标 | 数值 |', '|---|---|', ...metrics.map((m) => `| ${m.label} | ${m.value} ${m.unit} |`)].join('\n'));
  }
  return parts.join('\n\n');
}

function updateText(random: Random, p: ProjectPlan, plan: UpdatePlan, previous: number | undefined): { title: string; body: string } {
  const when = chineseDate(plan.date);
  const name = p.title;
  const figure = plan.progress === undefined ? '' : `目前项目总体进度约为${plan.progress}%。`;
  switch (plan.kind) {
    case 'completion':
      return { title: `${name}通过竣工验收`, body: `${when}，${name}通过竣工验收。${random.pick(['项目已移交使用单位，', '设施已向群众开放，', '运营单位已进场，'])}${random.pick(['首日接待群众数百人次。', '周边居民反映良好。', '后续将开展满意度回访。'])}` };
    case 'milestone': {
      const step = random.pick(MILESTONES);
      return { title: `${name}${step}`, body: `${when}，${name}${step}，${random.pick(['比计划提前了半个月', '按计划节点完成', '为后续施工打下了基础'])}。${figure}` };
    }
    case 'inspection':
      return {
        title: `督查组到现场检查${name}`,
        body: `${when}，${CITY.name}民生实事办公室组织督查组到${name}现场开展督查，查看了${random.pick(ADVANCES)}的施工情况，并就${random.pick(p.theme.concerns)}提出${random.int(2, 6)}条整改意见。${figure}`,
      };
    case 'public-visit':
      return {
        title: `${plan.participants}名代表和群众走进${name}`,
        body: `${when}，${plan.participants}名人大代表、政协委员和市民代表走进${name}现场，听取了${p.lead}的情况介绍。代表们围绕${random.pick(p.theme.concerns)}提出意见，${random.pick(['牵头部门当场作了回应。', '相关意见已转交施工单位。', '现场气氛热烈。'])}${figure}`,
      };
    case 'suggestion':
      return { title: `群众建议：${name}关注${random.pick(p.theme.concerns)}`, body: `${when}，有市民通过12345热线建议${name}进一步改进${random.pick(p.theme.concerns)}。${p.lead}已受理并表示将在方案中统筹考虑。${figure}` };
    case 'correction':
      return { title: `更正：${name}的进度`, body: `此前发布的进展把${name}的总体进度记为${previous}%，经与${p.lead}核实，应为${plan.progress}%。特此更正，并向读者致歉。` };
    case 'progress':
      if (plan.status === 'delayed') return { title: `${name}进度滞后`, body: `受${random.pick(DELAY_REASONS)}影响，${name}进度有所滞后。${figure}${p.lead}已制定赶工计划，争取把耽误的工期追回来。` };
      if (plan.status === 'suspended') return { title: `${name}暂停施工`, body: `${when}起，因${random.pick(DELAY_REASONS)}，${name}暂停施工。${figure}恢复施工的时间将另行公布。` };
      if (plan.status === 'cancelled') return { title: `${name}调整出年度计划`, body: `经${CITY.name}民生实事工作领导小组研究，${name}因${random.pick(DELAY_REASONS)}调整出本年度民生实事计划。已完成的前期工作将保留，相关资金另行安排。` };
      return { title: `${name}：${random.pick(ADVANCES)}进展顺利`, body: `${when}，${name}${random.pick(ADVANCES)}进展顺利，${random.pick(['现场施工人员达到百余人', '各工序有序衔接', '施工质量经检测全部合格'])}。${figure}` };
  }
}

interface MadeProject {
  plan: ProjectPlan;
  files: CorpusFile[];
  updates: number;
}

function makeProject(random: Random, index: number, year: number, localPlaces: Place[], usedIds: Set<string>, updatesPerProject: number): MadeProject {
  const theme = random.pick(THEMES);
  const facility = random.pick(theme.facilities);
  const action = random.pick(facility[2] ?? ACTIONS);
  const place = random.pick(localPlaces);
  let slug = `${place.id}-${facility[1]}-${action[1]}`;
  let title = `${place.name}${facility[0]}${action[0]}`;
  // The same works in the same place again: a second phase (二期), as reports name them.
  for (let phase = 2; usedIds.has(`${year}/${slug}`); phase++) {
    slug = `${place.id}-${facility[1]}-${action[1]}-${phase}`;
    title = `${place.name}${facility[0]}${action[0]}（${phase <= 9 ? '〇一二三四五六七八九'[phase] : phase}期）`;
  }
  const id = `${year}/${slug}`;
  usedIds.add(id);

  const fate = fateOf(random, index, year);
  const lastDay = dayNumber(BUILD_DATE) - 1;
  const window = { from: dayNumber(`${year}-02-01`), to: Math.min(dayNumber(`${year + 1}-12-20`), lastDay) };
  const budget = random.chance(0.8) ? random.int(50, 50_000) * 10_000 : undefined;
  const plan: ProjectPlan = { id, path: `projects/${id}.md`, year, title, theme, place, fate, lead: theme.leadDepartment, finalProgress: 0, lastUpdate: '', ...(budget ? { budget } : {}) };

  // The baseline: entered at the start of the year, or once finished for projects entered late.
  let baseline: { status: Status; progress: number; date: string };
  let completed: string | undefined;
  if (fate === 'done-at-baseline') {
    const day = random.int(window.from + 120, window.to - 60);
    completed = dayString(day);
    baseline = { status: 'completed', progress: 100, date: completed };
    window.from = day + 1;
  } else {
    const planned = fate === 'planned' || random.chance(0.4);
    baseline = { status: planned ? 'planned' : 'in-progress', progress: planned ? 0 : random.int(5, 30), date: random.chance(0.7) ? `${year}-01` : `${year}-01-${pad(random.int(5, 28))}` };
  }
  const plans = updatePlans(random, fate, baseline, window, updatesPerProject, index === EVERY_FATE.length || random.chance(0.04));

  const start = random.chance(0.7) ? (random.chance(0.8) ? `${year}-${pad(random.int(1, 4))}` : `${year}-0${random.int(1, 4)}-${pad(random.int(1, 28))}`) : undefined;
  const plannedEnd = random.chance(0.85) ? random.pick([`${year}-12`, `${year + 1}-06`, `${year}-${pad(random.int(6, 12))}`, `${year}-12-31`]) : undefined;
  const stated = [baseline.progress, ...plans.flatMap((u) => (u.progress === undefined ? [] : [u.progress]))];
  plan.finalProgress = stated.at(-1)!;
  plan.lastUpdate = plans.at(-1)?.date ?? baseline.date;

  const metricWords = random.chance(0.6) ? random.sample(theme.metrics, random.int(1, Math.min(3, theme.metrics.length))) : [];
  const metrics = metricWords.length
    ? metricWords.map(([label, unit, typical]) => {
        const target = Math.max(1, Math.round(typical * (0.5 + random.next())));
        const withTarget = random.chance(0.4);
        return defined({ label, value: withTarget ? Math.round((target * plan.finalProgress) / 100) : target, unit, target: withTarget ? target : undefined });
      })
    : undefined;
  const steps = random.chance(0.5) ? MILESTONES.slice(0, random.int(3, MILESTONES.length)) : [];
  const milestones = steps.length
    ? steps.map((label, i) => {
        const month = Math.min(12, 1 + Math.round(((i + 1) * 11) / steps.length));
        return { date: `${year}-${pad(month)}`, label, done: i < Math.round((steps.length * plan.finalProgress) / 100) };
      })
    : undefined;
  const county = localPlaces.find((c) => c.id === place.county);
  const partners = random.chance(0.6) ? [...random.sample(PARTNERS, random.int(1, 3)), ...(county && county.id !== CITY.id ? [`${county.name}人民政府`] : [])] : undefined;

  const data = defined({
    title,
    summary: random.chance(0.7) ? `在${place.name}${action[0]}${facility[0]}，${random.pick(['方便群众就近享受服务', '补齐公共服务短板', '改善周边居民生活条件'])}。` : undefined,
    programme: year,
    theme: theme.id,
    districts: random.chance(0.1) ? [place.id, random.pick(localPlaces.filter((p) => p.id !== place.id)).id] : [place.id],
    status: baseline.status,
    progress: baseline.progress,
    asOf: baseline.date,
    leadDepartment: plan.lead,
    partners,
    leadOfficial: random.chance(0.4) ? `${random.pick(OFFICIAL_TITLES)}${random.pick(SURNAMES)}${random.pick(GIVEN_NAMES)}` : undefined,
    budget: budget === undefined ? undefined : random.chance(0.01) ? { amount: Math.round(budget / 7), currency: 'USD' } : { amount: budget, currency: 'CNY' },
    start,
    plannedEnd,
    completed: completed === undefined ? undefined : random.chance(0.5) ? completed.slice(0, 7) : completed,
    milestones,
    metrics,
    location: random.chance(0.4)
      ? { address: `${place.name}${random.pick(SYLLABLES)[0]}${random.pick(['路', '街', '大道'])}${random.int(1, 399)}号`, lon: Number((place.centroid[0] + (random.next() - 0.5) * 0.01).toFixed(5)), lat: Number((place.centroid[1] + (random.next() - 0.5) * 0.01).toFixed(5)) }
      : undefined,
    sources: random.chance(0.5)
      ? Array.from({ length: random.int(1, 2) }, () =>
          defined({
            title: `${year}年${CITY.name}民生实事项目${random.pick(['进展情况通报', '第二季度推进情况', '半年度督查报告', '年度完成情况'])}`,
            publisher: random.pick(MEDIA),
            date: `${year}-${pad(random.int(3, 12))}`,
            url: random.chance(0.5) ? `https://news.yunxi.example.cn/${year}/${pad(random.int(1, 12))}/${random.int(10_000, 99_999)}.html` : undefined,
          }),
        )
      : undefined,
    tags: random.chance(0.5) ? random.sample(TAGS, random.int(1, 2)) : undefined,
  });
  const files: CorpusFile[] = [{ path: plan.path, text: markdown(data, projectBody(random, plan, metrics)) }];

  let previous: number | undefined = baseline.progress;
  plans.forEach((u, k) => {
    const { title: updateTitle, body } = updateText(random, plan, u, previous);
    if (u.progress !== undefined) previous = u.progress;
    const author = random.chance(0.7) ? random.pick([plan.lead, `${CITY.name}民生实事办公室`, `${county?.name ?? CITY.name}融媒体中心`]) : undefined;
    files.push({
      path: `updates/${u.date}-${slug}-${k + 1}.md`,
      text: markdown({ date: u.date, title: updateTitle, projects: [id], kind: u.kind, progress: u.progress, status: u.status, participants: u.participants, author }, body),
    });
  });
  return { plan, files, updates: plans.length };
}

function programmeFile(random: Random, year: number, projects: ProjectPlan[]): CorpusFile {
  const budget = projects.reduce((sum, p) => sum + (p.budget ?? 0), 0);
  const count = (theme: ThemeWords) => projects.filter((p) => p.theme.id === theme.id).length;
  const body = [
    '## 总体情况',
    `${year}年，${CITY.name}围绕${THEMES.map((t) => t.short).join('、')}等方面确定了${projects.length}个民生实事项目，总投资${yuan(budget)}。每个项目明确一名市领导挂帅、一个部门牵头，实行清单化管理、项目化推进。`,
    ['| 主题 | 项目数 |', '|---|---|', ...THEMES.map((t) => `| ${t.name} | ${count(t)} 个 |`)].join('\n'),
    `<Stat label="年度民生实事项目" value={${projects.length}} unit="个" />`,
    `<StatusChart year={${year}} />`,
    '## 推进机制',
    `市民生实事办公室每月通报各项目进展，对进度滞后的项目实行${random.pick(['挂牌督办', '专题协调', '约谈提醒'])}。全年组织人大代表、政协委员和市民代表走进项目现场，听取群众对项目建设的意见建议。`,
    `<ThemeChart year={${year}} />`,
  ].join('\n\n');
  return {
    path: `programmes/${year}.mdx`,
    text: markdown(
      {
        year,
        title: `${year}年${CITY.name}民生实事项目`,
        region: CITY.id,
        published: `${year}-02`,
        // Lists promise a few projects more than end up written down.
        commitments: projects.length + random.int(0, Math.ceil(projects.length / 20)),
        budget: { amount: budget, currency: 'CNY' },
        themes: THEMES.map((t) => t.id),
        summary: `${year}年${CITY.name}确定${projects.length}个民生实事项目，涵盖${THEMES.length}个方面。`,
      },
      body,
    ),
  };
}

/** How many projects each programme year gets: an even split, the remainder to the newest years. */
export function projectsPerYear(total: number): number[] {
  const base = Math.floor(total / YEARS.length);
  return YEARS.map((_, i) => base + (i >= YEARS.length - (total % YEARS.length) ? 1 : 0));
}

export function generateCorpus(options: CorpusOptions): Corpus {
  const random = seededRandom(options.seed ?? 1);
  const updatesPerProject = options.updatesPerProject ?? 4;
  const files: CorpusFile[] = [];
  files.push({
    path: 'site.json',
    text: json({
      title: `${CITY.short}民生实事`,
      publisher: `${CITY.name}人民政府新闻办公室`,
      region: CITY.id,
      defaultLocale: 'zh-Hans',
      locales: ['zh-Hans', 'zh-Hant', 'en'],
      baseUrl: 'https://minsheng.yunxi.example.cn',
      licence: 'CC BY 4.0',
      contact: '0570-12345678',
    }),
  });
  THEMES.forEach((theme, order) => {
    files.push({ path: `themes/${theme.id}.json`, text: json({ name: theme.name, short: theme.short, description: theme.description, color: theme.color, order: order + 1 }) });
  });
  const allPlaces = places(random);
  for (const place of allPlaces) files.push(placeFile(place, random));
  // Projects are local: a town, a village, or now and then a whole county.
  const local = allPlaces.filter((p) => p.level !== 'city');

  const usedIds = new Set<string>();
  const made: MadeProject[] = [];
  let index = 0;
  projectsPerYear(options.projects).forEach((count, y) => {
    const year = YEARS[y]!;
    const ofYear: ProjectPlan[] = [];
    for (let i = 0; i < count; i++, index++) {
      const project = makeProject(random, index, year, local, usedIds, updatesPerProject);
      made.push(project);
      ofYear.push(project.plan);
      files.push(...project.files);
    }
    files.push(programmeFile(random, year, ofYear));
  });

  // The update a press office would publish next: progress on a project still under way.
  const target = made.find((m) => m.plan.fate === 'in-progress' && m.plan.lastUpdate < BUILD_DATE && m.plan.finalProgress < 100);
  if (!target) throw new Error('The benchmark corpus needs at least one project under way; use at least 2 projects.');
  const { plan } = target;
  const progress = Math.min(100, plan.finalProgress + 5);
  const paragraph = `${chineseDate(BUILD_DATE)}，${plan.title}${random.pick(ADVANCES)}继续推进，目前项目总体进度约为${progress}%。`;
  const slug = plan.id.split('/')[1];
  const update: CorpusFile = {
    path: `updates/${BUILD_DATE}-${slug}-zuixin.md`,
    text: markdown({ date: BUILD_DATE, title: `${plan.title}最新进展（${chineseMonth(BUILD_DATE)}）`, projects: [plan.id], kind: 'progress', progress, author: plan.lead }, paragraph),
  };
  return {
    files,
    projects: made.length,
    updates: made.reduce((sum, m) => sum + m.updates, 0),
    publish: { update, projectId: plan.id, projectPath: plan.path, paragraph },
  };
}
