/**
 * A project's milestones on a time axis, one row each: done ones as filled dots,
 * planned ones as hollow rings, and the state written beside each; a line marks today
 * when it falls between the first and the last milestone.
 */
import { compareDates, formatDate } from '../model/dates.ts';
import { cell, chartModel, DEFAULT_WIDTH, FONT_SIZE, label, legendRows, LINE_HEIGHT, localeTools, noData, responsive } from './common.ts';
import { wrapText } from './text.ts';
import { INK, MUTED, PAPER, STATUS_STYLES } from './palette.ts';
import { dayOf, timeAxis, timeScale, todayMarks, withinSpan } from './time.ts';
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

/** Height of a row besides its name: the dot and the date beside it. */
const ROW = 30;
const DOT = 7;
/** Room beside the axis for half a tick label such as 2023年12月. */
const SIDE = 44;
const DONE_FILL = STATUS_STYLES.completed.background;

function marker(done: boolean): { fill: string; stroke: string; strokeWidth: number } {
  return done ? { fill: DONE_FILL, stroke: INK, strokeWidth: 1 } : { fill: PAPER, stroke: INK, strokeWidth: 2 };
}

function drawMilestoneTimeline(milestones: readonly MilestoneInput[], options: MilestoneTimelineOptions): ChartModel {
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
  const dates = sorted.map((m) => dayOf(m.date));
  const today = dayOf(options.today);
  const showToday = withinSpan(dates, today);
  const todayBaseline = legend.height + FONT_SIZE + 4;
  const top = showToday ? todayBaseline + 8 : legend.height + 8;
  const x = timeScale(dates, [SIDE, width - SIDE]);

  // Each milestone takes a row: its name (on as many lines as it needs), then its dot
  // on the time axis with the date and state beside it.
  const rows = sorted.map((milestone) => ({ milestone, lines: wrapText(milestone.label, width, FONT_SIZE) }));
  const heights = rows.map((row) => row.lines.length * LINE_HEIGHT + ROW);
  const bottom = top + heights.reduce((a, b) => a + b, 0);

  const marks: Mark[] = [];
  let rowTop = top;
  rows.forEach(({ milestone, lines }, i) => {
    const cx = x(dayOf(milestone.date));
    const cy = rowTop + lines.length * LINE_HEIGHT + DOT + 6;
    const when = `${formatDate(milestone.date, options.locale)} · ${state(milestone.done)}`;
    marks.push({
      type: 'circle',
      cx,
      cy,
      r: DOT,
      ...marker(milestone.done),
      class: `chart-marker chart-mark chart-marker--${milestone.done ? 'done' : 'planned'}`,
      tip: `${milestone.label} ${when}`,
    });
    // The name starts above the dot, or ends there, or starts at the left edge: whichever fits.
    lines.forEach((line, k) => {
      const y = rowTop + FONT_SIZE + k * LINE_HEIGHT;
      marks.push(
        label(Math.max(0, cx - DOT), y, line, 'start', {
          group: `name-${i}`,
          class: 'chart-text chart-label',
          alternatives: [
            { x: Math.min(width, cx + DOT), y, anchor: 'end' },
            { x: 0, y, anchor: 'start' },
          ],
        }),
      );
    });
    const noteY = cy + FONT_SIZE / 3;
    marks.push(
      label(cx + DOT + 6, noteY, when, 'start', {
        fill: MUTED,
        class: 'chart-text chart-note',
        alternatives: [{ x: cx - DOT - 6, y: noteY, anchor: 'end' }],
      }),
    );
    rowTop += heights[i]!;
  });
  // The today line goes under the dots, and is broken where a name lies across it.
  if (showToday) marks.unshift(...todayMarks(x(today), todayBaseline, bottom, width, `${t('chart.today')} ${formatDate(options.today, options.locale)}`));

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

export const milestoneTimeline = responsive(drawMilestoneTimeline);
