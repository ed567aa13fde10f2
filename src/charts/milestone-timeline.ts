/**
 * A project's milestones on a time axis, one row each: done ones as filled dots,
 * planned ones as hollow rings, and the state written beside each, with a line at today.
 */
import { compareDates, formatDate } from '../model/dates.ts';
import { cell, chartModel, DEFAULT_WIDTH, FONT_SIZE, label, legendRows, localeTools, noData, truncate } from './common.ts';
import { INK, MUTED, PAPER, STATUS_STYLES } from './palette.ts';
import { dayOf, timeAxis, timeScale, todayMarks } from './time.ts';
import type { ChartModel, ChartOptions, Mark } from './types.ts';

/** A dated step of a project; the schema's `Milestone` fits. */
export interface MilestoneInput {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; placed at its first day. */
  date: string;
  label: string;
  done: boolean;
}

export interface MilestoneTimelineOptions extends ChartOptions {
  /** `YYYY-MM-DD`, passed in rather than read from the clock so that builds are reproducible. */
  today: string;
}

const ROW = 46;
const DOT = 7;
/** Room beside the axis for half a tick label such as 2023年12月. */
const SIDE = 44;
const DONE_FILL = STATUS_STYLES.completed.background;

function marker(done: boolean): { fill: string; stroke: string; strokeWidth: number } {
  return done ? { fill: DONE_FILL, stroke: INK, strokeWidth: 1 } : { fill: PAPER, stroke: INK, strokeWidth: 2 };
}

export function milestoneTimeline(milestones: readonly MilestoneInput[], options: MilestoneTimelineOptions): ChartModel {
  const { t, fmt } = localeTools(options.locale);
  const title = t('chart.milestones.title');
  if (milestones.length === 0) return noData('milestone-timeline', options, title);

  const sorted = [...milestones].sort((a, b) => compareDates(a.date, b.date));
  const state = (done: boolean) => t(done ? 'chart.milestones.done' : 'chart.milestones.planned');
  const width = options.width ?? DEFAULT_WIDTH;

  const legend = legendRows(
    [true, false].map((done) => ({ label: state(done), swatch: 'circle' as const, ...marker(done), class: `chart-marker chart-marker--${done ? 'done' : 'planned'}` })),
    0,
    0,
    width,
  );
  const todayBaseline = legend.height + FONT_SIZE + 4;
  const top = todayBaseline + 8;
  const bottom = top + sorted.length * ROW;
  const x = timeScale([...sorted.map((m) => dayOf(m.date)), dayOf(options.today)], [SIDE, width - SIDE]);

  // The today line goes first: the haloed text over it stays whole.
  const marks: Mark[] = todayMarks(x(dayOf(options.today)), todayBaseline, bottom, width, `${t('chart.today')} ${formatDate(options.today, options.locale)}`);

  sorted.forEach((milestone, i) => {
    const cx = x(dayOf(milestone.date));
    const cy = top + i * ROW + ROW / 2 - 6;
    // Text runs away from the nearer edge, so that it has the wider side of the chart.
    const right = cx <= width / 2;
    const room = right ? width - cx - DOT - 8 : cx - DOT - 8;
    const tx = right ? cx + DOT + 6 : cx - DOT - 6;
    const anchor = right ? 'start' : 'end';
    const when = `${formatDate(milestone.date, options.locale)} · ${state(milestone.done)}`;
    marks.push(
      {
        type: 'circle',
        cx,
        cy,
        r: DOT,
        ...marker(milestone.done),
        class: `chart-marker chart-mark chart-marker--${milestone.done ? 'done' : 'planned'}`,
        tip: `${milestone.label} ${when}`,
      },
      label(tx, cy + FONT_SIZE / 3, truncate(milestone.label, room), anchor, { halo: true, class: 'chart-text chart-label' }),
      label(tx, cy + FONT_SIZE / 3 + FONT_SIZE + 3, truncate(when, room), anchor, { fill: MUTED, halo: true, class: 'chart-text chart-note' }),
    );
  });

  const done = sorted.filter((m) => m.done).length;
  const next = sorted.find((m) => !m.done);
  const description = next
    ? t('chart.milestones.description', { count: fmt.number(sorted.length), done: fmt.number(done), next: next.label, date: formatDate(next.date, options.locale) })
    : t('chart.milestones.allDone', { count: fmt.number(sorted.length) });

  return chartModel(options, {
    kind: 'milestone-timeline',
    width,
    height: bottom + 30,
    title,
    description,
    axes: [timeAxis(x, { locale: options.locale, x: SIDE, y: bottom, width })],
    marks,
    legend: legend.items,
    table: {
      caption: title,
      columns: [
        { key: 'date', label: t('chart.column.date') },
        { key: 'milestone', label: t('chart.milestones.milestone') },
        { key: 'state', label: t('chart.column.status') },
      ],
      rows: sorted.map((m) => ({ date: cell(m.date, formatDate(m.date, options.locale)), milestone: cell(m.label), state: cell(state(m.done)) })),
    },
  });
}
