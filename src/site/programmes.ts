/** `/programmes/`: every programme year, newest first, each with its figures. */
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';
import { programmeFigures, type ProgrammeFigures } from './programme.ts';

export interface ProgrammesPageData extends PageData {
  programmes: { year: number; title: string; summary?: string; figures: ProgrammeFigures }[];
}

export const programmesPage = pageKind<ProgrammesPageData>({
  view: 'programmes',
  pages: () => [{ path: 'programmes' }],
  data: (model, _key, locale) => ({
    frame: frame(model, locale, 'programmes'),
    programmes: model.programmes.map((programme) => ({
      year: programme.data.year,
      title: programme.data.title,
      ...(programme.data.summary ? { summary: programme.data.summary } : {}),
      figures: programmeFigures(programme),
    })),
  }),
});
