/** `/themes/`: every theme, with how many of its projects of every year are done, in progress and overdue. */
import { placeFigures, type PlaceFigures } from './districts.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';

export interface ThemesPageData extends PageData {
  /** In the site's theme order. */
  themes: {
    id: string;
    name: string;
    /** Done, in progress and overdue do not overlap; the total counts every project of every year. */
    figures: PlaceFigures;
  }[];
}

export const themesPage = pageKind<ThemesPageData>({
  view: 'themes',
  pages: () => [{ path: 'themes' }],
  data(model, _key, locale) {
    return {
      frame: frame(model, locale, 'themes'),
      themes: model.themes.map((theme) => {
        const projects = model.projects.filter((p) => p.data.theme === theme.id);
        return {
          id: theme.id,
          name: theme.data.name,
          figures: placeFigures(projects),
        };
      }),
    };
  },
});
