/** Every chart with its fixture and its empty input, for the tests that go through all of them. */
import {
  budgetTreemap,
  committedBars,
  milestoneTimeline,
  placeMap,
  plannedPeriods,
  progressBar,
  progressHistory,
  stackedBars,
  statusBreakdown,
  trend,
  type ChartModel,
  type ChartOptions,
} from '../../src/charts/index.ts';
import * as f from './fixtures.ts';

export interface ChartCase {
  name: string;
  draw: (options: ChartOptions) => ChartModel;
  drawEmpty: (options: ChartOptions) => ChartModel;
}

export const CASES: ChartCase[] = [
  { name: 'progress-bar', draw: (o) => progressBar(f.progress, o), drawEmpty: (o) => progressBar(undefined, o) },
  {
    name: 'progress-history',
    draw: (o) => progressHistory(f.history, o),
    drawEmpty: (o) => progressHistory([], o),
  },
  {
    name: 'milestone-timeline',
    draw: (o) => milestoneTimeline(f.milestones, { ...o, today: f.TODAY }),
    drawEmpty: (o) => milestoneTimeline([], { ...o, today: f.TODAY }),
  },
  { name: 'status-breakdown', draw: (o) => statusBreakdown(f.statusCounts, o), drawEmpty: (o) => statusBreakdown({}, o) },
  { name: 'stacked-bars', draw: (o) => stackedBars(f.byTheme, o), drawEmpty: (o) => stackedBars([], o) },
  { name: 'budget-treemap', draw: (o) => budgetTreemap(f.budgets, o), drawEmpty: (o) => budgetTreemap([], o) },
  {
    name: 'planned-periods',
    draw: (o) => plannedPeriods(f.periods, { ...o, today: f.TODAY }),
    drawEmpty: (o) => plannedPeriods([], { ...o, today: f.TODAY }),
  },
  { name: 'committed-bars', draw: (o) => committedBars(f.commitment, o), drawEmpty: (o) => committedBars(undefined, o) },
  { name: 'trend', draw: (o) => trend(f.years, o), drawEmpty: (o) => trend([], o) },
  { name: 'place-map-dots', draw: (o) => placeMap(f.dotPlaces, o), drawEmpty: (o) => placeMap([], o) },
  { name: 'place-map-areas', draw: (o) => placeMap(f.areaPlaces, o), drawEmpty: (o) => placeMap([], o) },
];
