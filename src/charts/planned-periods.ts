/**
 * Every project's planned period, start to planned end, on one time axis (a Gantt
 * chart): one row each with the name above the bar, bars in the texture of the
 * project's status. The axis spans the periods; a line marks today when it falls within.
 */
import { utcDay } from 'd3-time';
import { compareDates, formatDate } from '../model/dates.ts';
import { endOf } from '../model/state.ts';
import { STATUSES, type Status } from '../schemas/common.ts';
import { cell, chartModel, DEFAULT_WIDTH, FONT_SIZE, label, legendRows, LINE_HEIGHT, localeTools, noData, responsive } from './common.ts';
import { wrapText } from './text.ts';
import { STATUS_STYLES, statusPaint, statusPatterns } from './palette.ts';
import { dayOf, timeAxis, timeScale, todayMarks, withinSpan } from './time.ts';
import type { ChartModel, ChartOptions, DataTable, Mark } from './types.ts';

export interface PlannedPeriod {
  id: string;
  /** The project's title. */
  label: string;
  /** When work starts or started: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  start?: string;
  /** 完成时限, at the precision given: a bar for "2022-12" runs to the end of December. */
  plannedEnd?: string;
  status: Status;
}

export interface PlannedPeriodsOptions extends ChartOptions {
  /** `YYYY-MM-DD`, passed in rather than read from the clock so that builds are reproducible. */
  today: string;
}

/** Height of a row besides its name: the bar and the space below it. */
const ROW = 30;
const BAR = 14;
/** Room beside the axis for half a tick label such as 2023年12月. */
const SIDE = 44;

/** The moment a planned end is over: the start of the day after the last day it stands for. */
function endMoment(plannedEnd: string): Date {
  return utcDay.offset(dayOf(endOf(plannedEnd)), 1);
}

function drawPlannedPeriods(projects: readonly PlannedPeriod[], options: PlannedPeriodsOptions): ChartModel {
  const { t, fmt } = localeTools(options.locale);
  const title = t('chart.periods.title');
  const date = (value: string | undefined) => (value === undefined ? cell('', '—') : cell(value, formatDate(value, options.locale)));
  const table: DataTable = {
    caption: title,
    columns: [
      { key: 'project', label: t('chart.column.project') },
      { key: 'start', label: t('chart.column.start') },
      { key: 'plannedEnd', label: t('chart.column.plannedEnd') },
      { key: 'status', label: t('chart.column.status') },
    ],
    rows: projects.map((p) => ({ project: cell(p.label), start: date(p.start), plannedEnd: date(p.plannedEnd), status: cell(t(`status.${p.status}`)) })),
  };

  // A period needs both ends; projects with one date or none are in the table only.
  const dated = projects
    .filter((p): p is PlannedPeriod & { start: string; plannedEnd: string } => p.start !== undefined && p.plannedEnd !== undefined)
    .sort((a, b) => compareDates(a.start, b.start) || compareDates(a.plannedEnd, b.plannedEnd));
  if (dated.length === 0) return noData('planned-periods', options, title, projects.length > 0 ? table : undefined);

  const width = options.width ?? DEFAULT_WIDTH;
  const statuses = STATUSES.filter((status) => dated.some((p) => p.status === status));
  const legend = legendRows(
    statuses.map((status) => ({
      label: `${STATUS_STYLES[status].symbol} ${t(`status.${status}`)}`,
      swatch: 'rect' as const,
      ...statusPaint(options.id, status),
      class: `chart-mark chart-mark--${status}`,
    })),
    0,
    0,
    width,
  );
  const today = dayOf(options.today);
  const dates = dated.flatMap((p) => [dayOf(p.start), endMoment(p.plannedEnd)]);
  const showToday = withinSpan(dates, today);
  const todayBaseline = legend.height + FONT_SIZE + 4;
  const top = showToday ? todayBaseline + 8 : legend.height + 8;
  const x = timeScale(dates, [SIDE, width - SIDE]);

  const rows = dated.map((project) => ({ project, lines: wrapText(project.label, width, FONT_SIZE) }));
  const heights = rows.map((row) => row.lines.length * LINE_HEIGHT + ROW);
  const bottom = top + heights.reduce((a, b) => a + b, 0);

  const bars: Mark[] = [];
  const names: Mark[] = [];
  let rowTop = top;
  rows.forEach(({ project, lines }, i) => {
    const x0 = x(dayOf(project.start));
    const x1 = x(endMoment(project.plannedEnd));
    lines.forEach((line, k) => names.push(label(0, rowTop + FONT_SIZE + k * LINE_HEIGHT, line, 'start', { group: `name-${i}`, class: 'chart-text chart-label' })));
    bars.push({
      type: 'rect',
      x: x0,
      y: rowTop + lines.length * LINE_HEIGHT + 6,
      // A period of a few days would vanish on an axis of years.
      width: Math.max(2, x1 - x0),
      height: BAR,
      ...statusPaint(options.id, project.status),
      class: `chart-bar chart-mark chart-mark--${project.status}`,
      tip: `${project.label} ${formatDate(project.start, options.locale)}–${formatDate(project.plannedEnd, options.locale)} ${t(`status.${project.status}`)}`,
    });
    rowTop += heights[i]!;
  });
  // The today line runs over the bars, so that it shows across them, and is broken where a name lies across it.
  const todayLine = showToday ? todayMarks(x(today), todayBaseline, bottom, width, `${t('chart.today')} ${formatDate(options.today, options.locale)}`) : [];
  const marks = [...bars, ...todayLine, ...names];

  const overdue = dated.filter(
    (p) => p.status !== 'completed' && p.status !== 'cancelled' && compareDates(endOf(p.plannedEnd), options.today) < 0,
  ).length;
  const latest = dated.reduce((a, b) => (compareDates(endOf(b.plannedEnd), endOf(a.plannedEnd)) > 0 ? b : a));

  return chartModel(options, {
    kind: 'planned-periods',
    width,
    height: bottom + 30,
    title,
    description: t('chart.periods.description', {
      count: fmt.number(dated.length),
      start: formatDate(dated[0]!.start, options.locale),
      end: formatDate(latest.plannedEnd, options.locale),
      today: formatDate(options.today, options.locale),
      overdue: fmt.number(overdue),
    }),
    patterns: statusPatterns(options.id, statuses),
    axes: [timeAxis(x, { locale: options.locale, x: SIDE, y: bottom, width })],
    marks,
    legend: legend.items,
    table,
  });
}

export const plannedPeriods = responsive(drawPlannedPeriods);
