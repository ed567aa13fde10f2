/**
 * The charts: pure functions from plain data to a chart model, and the writers of a
 * model as standalone SVG and as CSV. Nothing here runs in the browser.
 *
 * A page draws a chart with `src/components/charts/Chart.astro`, giving it the model and
 * a file name; the build (src/integration.ts) writes the same model, found in the page
 * data, as the downloadable files: `renderSvg(model)` as `<name>.svg`, `toCsv(model)` as
 * `<name>.csv`.
 */
export type * from './types.ts';
export { toCsv, type CsvOptions } from './csv.ts';
export { renderSvg, svgAttributes, svgBody, labelIds, type ChartFileMeta } from './render-svg.ts';
export { wideModel } from './common.ts';
export { layoutProblems } from './layout.ts';
export { budgetTreemap, type BudgetItem, type BudgetTreemapOptions } from './budget-treemap.ts';
export { committedBars, type CommitmentFigures } from './committed-bars.ts';
export { milestoneTimeline, type MilestoneInput, type MilestoneTimelineOptions } from './milestone-timeline.ts';
export { placeMap, type MapPlace, type PlaceMapOptions } from './place-map.ts';
export { plannedPeriods, type PlannedPeriod, type PlannedPeriodsOptions } from './planned-periods.ts';
export { progressBar, type ProgressBarData } from './progress-bar.ts';
export { progressHistory, type HistoryStep, type ProgressHistoryOptions } from './progress-history.ts';
export { stackedBars, type StackedGroup, type StackedBarsOptions } from './stacked-bars.ts';
export { statusBreakdown, type StatusCountsInput } from './status-breakdown.ts';
export { trend, type TrendYear, type TrendOptions } from './trend.ts';
