/** `/themes/<id>/`: one theme across years. */
import { trendChart, type NamedChart } from './chart-models.ts';
import { figuresByYear, type GroupFigures } from '../model/stats.ts';
import { projectCard, type ProjectCard } from './cards.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';

export interface ThemePageData extends PageData {
  name: string;
  description?: string;
  trend: NamedChart;
  /** Newest year first; the id is the year. */
  years: GroupFigures[];
  projects: ProjectCard[];
}

export const themePage = pageKind<ThemePageData>({
  view: 'theme',
  pages: (model) => model.themes.map((theme) => ({ key: theme.id, path: `themes/${theme.id}` })),
  data(model, key, locale) {
    const theme = model.themeById.get(key!)!;
    const projects = model.projects.filter((p) => p.data.theme === theme.id);
    return {
      frame: frame(model, locale, `themes/${theme.id}`),
      name: theme.data.name,
      ...(theme.data.description ? { description: theme.data.description } : {}),
      trend: trendChart(model, locale, theme.id),
      years: figuresByYear(projects),
      projects: projects.map((p) => projectCard(model, p)),
    };
  },
});
