/**
 * `/themes/<id>/`: one theme across years. A theme with more projects than its page
 * lists in full (LISTED_IN_FULL) shows each year's figures with a link to that year's
 * list (src/site/list.ts) instead.
 */
import { trendChart, type NamedChart } from './chart-models.ts';
import type { ProjectView, SiteModel } from '../model/site.ts';
import { figuresByYear, type GroupFigures } from '../model/stats.ts';
import { projectCard, type ProjectCard } from './cards.ts';
import { byYear, listedByYear, type YearFigures } from './district.ts';
import { placeFigures } from './districts.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';

export interface ThemePageData extends PageData {
  id: string;
  name: string;
  /** Its projects of every year. */
  count: number;
  description?: string;
  trend: NamedChart;
  /** Newest year first; the id is the year. */
  years: GroupFigures[];
  /** Every project of every year, where they fit on the page. */
  projects?: ProjectCard[];
  /** Newest year first, where they do not: each year's figures, its list a page of its own. */
  yearLists?: YearFigures[];
}

/** The projects of a theme, every year, in the model's order. */
export const themeProjects = (model: SiteModel, id: string): ProjectView[] => model.projects.filter((p) => p.data.theme === id);

export const themePage = pageKind<ThemePageData>({
  view: 'theme',
  pages: (model) => model.themes.map((theme) => ({ key: theme.id, path: `themes/${theme.id}` })),
  data(model, key, locale) {
    const theme = model.themeById.get(key!)!;
    const projects = themeProjects(model, theme.id);
    return {
      frame: frame(model, locale, `themes/${theme.id}`),
      id: theme.id,
      name: theme.data.name,
      count: projects.length,
      ...(theme.data.description ? { description: theme.data.description } : {}),
      trend: trendChart(model, locale, theme.id),
      years: figuresByYear(projects),
      ...(listedByYear(projects)
        ? { yearLists: byYear(projects).map((group) => ({ year: group.year, figures: placeFigures(group.projects) })) }
        : { projects: projects.map((p) => projectCard(model, p)) }),
    };
  },
});
