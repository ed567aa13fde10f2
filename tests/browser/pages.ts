/** One page of every kind, in every language of the demo: what the browser tests visit. */
export const LOCALE_PREFIXES = ['', '/zh-hant', '/en'] as const;

export const PAGE_KINDS = {
  home: '/',
  programme: '/2022/',
  filter: '/2022/status/completed/',
  project: '/projects/2022/zhongyiyuan-qianjian/',
  districts: '/districts/',
  district: '/districts/pinghu/',
  theme: '/themes/jiankang/',
  updates: '/updates/',
  month: '/updates/2022-12/',
  correction: '/updates/2022-12-08-fuyou-zhongxin-gengzheng/',
  search: '/search/',
} as const;

/** Every kind in every language, plus the pages that exist once: open data and 404. */
export function allPages(): string[] {
  return [...LOCALE_PREFIXES.flatMap((prefix) => Object.values(PAGE_KINDS).map((path) => `${prefix}${path}`)), '/data/', '/no-such-page/'];
}

/** The same kinds of page in the test fixture (tests/fixtures/site). */
export const FIXTURE_PAGE_KINDS: Record<keyof typeof PAGE_KINDS, string> = {
  home: '/',
  programme: '/2022/',
  filter: '/2022/status/completed/',
  project: '/projects/2022/xinyiyuan/',
  districts: '/districts/',
  district: '/districts/hupan/',
  theme: '/themes/jiankang/',
  updates: '/updates/',
  month: '/updates/2022-07/',
  correction: '/updates/2022-07-10-jiaozheng/',
  search: '/search/',
};
