/** `/`: the latest programme year with its figures and overdue projects first, then the latest updates, then charts. */
import { programmeCharts, trendChart, type NamedChart } from './chart-models.ts';
import { themeName, updateItem, type UpdateItem } from './cards.ts';
import { placeFinder, type PlaceFinderData } from './districts.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';
import { overdueList, programmeFigures, type NamedFigures, type OverdueList, type ProgrammeFigures } from './programme.ts';

/** Updates on the home page: the latest few, the list of updates has the rest. */
const HOME_UPDATES = 8;

export interface HomePageData extends PageData {
  latest?: {
    year: number;
    title: string;
    summary?: string;
    figures: ProgrammeFigures;
    /** The first few; the list of them all is linked. */
    overdue: OverdueList;
    status: NamedChart;
    themes: NamedFigures[];
  };
  /** "Find your place": every place as a link, with its number of projects. */
  placeFinder: PlaceFinderData;
  updates: UpdateItem[];
  /** Every programme year, newest first, when there is more than one. */
  years?: {
    trend: NamedChart;
    programmes: { year: number; title: string; commitments?: number; entered: number }[];
  };
}

export const homePage = pageKind<HomePageData>({
  view: 'home',
  pages: () => [{ path: '' }],
  data(model, _key, locale) {
    const latest = model.programmes[0];
    return {
      frame: frame(model, locale, ''),
      placeFinder: placeFinder(model),
      ...(latest
        ? {
            latest: {
              year: latest.data.year,
              title: latest.data.title,
              ...(latest.data.summary ? { summary: latest.data.summary } : {}),
              figures: programmeFigures(latest),
              overdue: overdueList(latest),
              status: programmeCharts(model, latest, locale).status,
              themes: latest.stats.byTheme.map((row) => ({ ...row, name: themeName(model, row.id) })),
            },
          }
        : {}),
      updates: model.updates.slice(0, HOME_UPDATES).map((update) => updateItem(update)),
      ...(model.programmes.length > 1
        ? {
            years: {
              trend: trendChart(model, locale),
              programmes: model.programmes.map((p) => ({
                year: p.data.year,
                title: p.data.title,
                ...(p.data.commitments !== undefined ? { commitments: p.data.commitments } : {}),
                entered: p.stats.entered,
              })),
            },
          }
        : {}),
    };
  },
});
