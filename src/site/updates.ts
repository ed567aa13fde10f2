/**
 * `/updates/`: the latest updates, newest first, and every month that has updates;
 * `/updates/<yyyy-mm>/`: the updates of one month, with the months before and after;
 * a month with more updates than a page holds goes on numbered pages (`/updates/<yyyy-mm>/2/`…).
 */
import { oncePerObject } from '../config.ts';
import type { SiteModel, UpdateView } from '../model/site.ts';
import { updateItem, type UpdateItem } from './cards.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';
import { pageCount, pagedKey, pageNumbers, pagePath, pageSlice, splitPagedKey, UPDATES_PER_PAGE, type Pager } from './paging.ts';

/** Updates on the front of the update list: long enough to scan a month, short enough for a cheap phone. */
export const LATEST_UPDATES = 50;

/**
 * The updates of each month that has any (`YYYY-MM`), newest first. Older updates are
 * listed by month rather than on numbered pages: a month's page keeps its address and
 * contents as updates are published, where numbered pages would all shift by one with each.
 */
export const updatesByMonth = oncePerObject((model: SiteModel): Map<string, UpdateView[]> => {
  const byMonth = new Map<string, UpdateView[]>();
  for (const update of model.updates) {
    const month = update.data.date.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(update);
    else byMonth.set(month, [update]);
  }
  return byMonth;
});

export interface UpdatesPageData extends PageData {
  /** The month listed (`YYYY-MM`); absent on the list of the latest updates. */
  month?: string;
  updates: UpdateItem[];
  /** On the latest list, when there are more updates than it shows: how many it shows. */
  latestOnly?: number;
  /** On the latest list: every month with updates, newest first, and how many it has. */
  months?: { month: string; count: number }[];
  /** On a month's page: the months with updates either side of it. */
  newer?: string;
  older?: string;
  /** On a month's page: which page of the month's list it is. */
  pager?: Pager;
}

export const updatesPage = pageKind<UpdatesPageData>({
  view: 'updates',
  pages: (model) => [
    { path: 'updates' },
    ...[...updatesByMonth(model)].flatMap(([month, updates]) =>
      pageNumbers(updates.length, UPDATES_PER_PAGE).map((page) => ({ key: pagedKey(month, page), path: pagePath(`updates/${month}`, page) })),
    ),
  ],
  data(model, key, locale) {
    const byMonth = updatesByMonth(model);
    const months = [...byMonth.keys()];
    if (key === undefined) {
      return {
        frame: frame(model, locale, 'updates'),
        updates: model.updates.slice(0, LATEST_UPDATES).map((update) => updateItem(update)),
        ...(model.updates.length > LATEST_UPDATES ? { latestOnly: LATEST_UPDATES } : {}),
        months: months.map((m) => ({ month: m, count: byMonth.get(m)!.length })),
      };
    }
    const { key: month, page } = splitPagedKey(key);
    const at = months.indexOf(month);
    const newer = at > 0 ? months[at - 1] : undefined;
    const older = months[at + 1];
    const updates = byMonth.get(month)!;
    return {
      frame: frame(model, locale, pagePath(`updates/${month}`, page)),
      month,
      updates: pageSlice(updates, page, UPDATES_PER_PAGE).map((update) => updateItem(update)),
      ...(newer ? { newer } : {}),
      ...(older ? { older } : {}),
      pager: { page, pages: pageCount(updates.length, UPDATES_PER_PAGE) },
    };
  },
});
