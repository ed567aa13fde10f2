/**
 * The components a report (`.mdx` body) may use, and what each prop must be. The checker
 * validates every use against this before anything is built, so a wrong year or id is an
 * error naming the file, the line and the prop; the components render from the same names.
 */
export type PropKind = 'programme' | 'project' | 'district' | 'theme' | 'text' | 'number';

export interface PropSpec {
  kind: PropKind;
  required: boolean;
}

export const MDX_COMPONENTS: Record<string, Record<string, PropSpec>> = {
  /** Projects of a year by status. */
  StatusChart: { year: { kind: 'programme', required: true } },
  /** Projects of a year by theme, stacked by status. */
  ThemeChart: { year: { kind: 'programme', required: true } },
  /** Projects of a year by place, stacked by status. */
  DistrictChart: { year: { kind: 'programme', required: true } },
  /** Budget of a year by theme. */
  BudgetChart: { year: { kind: 'programme', required: true } },
  /** Planned periods of a year's projects. */
  PeriodsChart: { year: { kind: 'programme', required: true } },
  /** One project's milestones on a timeline. */
  ProjectTimeline: { id: { kind: 'project', required: true } },
  /** One project's progress over time. */
  ProgressChart: { id: { kind: 'project', required: true } },
  /** A headline figure. */
  Stat: { label: { kind: 'text', required: true }, value: { kind: 'number', required: true }, unit: { kind: 'text', required: false } },
};
