/**
 * A kind of page, defined once: which pages it has (a key and a path each), and the data
 * each page shows, as one plain, serialisable object. Its view (src/views/) renders from
 * that object alone, so the object is also what the page depends on: its fingerprint is a
 * hash of it, and a rebuild renders exactly the pages whose data changed.
 */
import { createHash } from 'node:crypto';
import type { NamedChart } from './chart-models.ts';
import type { SiteModel } from '../model/site.ts';
import type { Locale } from '../schemas/common.ts';
import type { Frame } from './frame.ts';

export type View = 'home' | 'programmes' | 'programme' | 'summary' | 'filter' | 'list' | 'project' | 'districts' | 'district' | 'themes' | 'theme' | 'updates' | 'update' | 'search' | 'data' | 'archive';

export interface Page {
  view: View;
  /** The entry shown: a year, a project, place, theme or update id, or the month of a list of updates. */
  key?: string;
  /** Path without locale prefix, without slashes at the ends; `''` for home. */
  path: string;
}

/** What every page's data holds: its frame (src/site/frame.ts), beside what the kind adds. */
export interface PageData {
  frame: Frame;
}

export interface PageKind<D extends PageData = PageData> {
  view: View;
  /** The pages of this kind in a site, the same in every locale. */
  pages(model: SiteModel): Omit<Page, 'view'>[];
  /** Everything the page shows, as plain data: no model objects, nothing the view looks up elsewhere. */
  data(model: SiteModel, key: string | undefined, locale: Locale): D;
}

/** Declares a kind, typed by its data. */
export const pageKind = <D extends PageData>(kind: PageKind<D>): PageKind<D> => kind;

/** The fingerprint of a page (or feed): the hash of its data. The same data gives the same page, by construction. */
export function fingerprintOf(data: object): string {
  return createHash('sha1').update(JSON.stringify(data)).digest('base64url');
}

const isChart = (value: unknown): value is NamedChart =>
  typeof (value as NamedChart | null)?.name === 'string' && typeof (value as NamedChart).model?.kind === 'string' && Array.isArray((value as NamedChart).model.table?.rows);

/**
 * Every chart a page's data holds, wherever it sits (the page's own, those of a report it
 * shows): their files under `/charts/` follow the page.
 */
export function chartsIn(data: unknown, found: NamedChart[] = []): NamedChart[] {
  if (isChart(data)) found.push(data);
  else if (Array.isArray(data)) for (const item of data) chartsIn(item, found);
  else if (data !== null && typeof data === 'object') for (const value of Object.values(data)) chartsIn(value, found);
  return found;
}
