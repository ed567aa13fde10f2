/** The components a report may use, by the names authors write (see spec.ts). */
import BudgetChart from './BudgetChart.astro';
import DistrictChart from './DistrictChart.astro';
import PeriodsChart from './PeriodsChart.astro';
import ProgressChart from './ProgressChart.astro';
import ProjectTimeline from './ProjectTimeline.astro';
import Stat from './Stat.astro';
import StatusChart from './StatusChart.astro';
import ThemeChart from './ThemeChart.astro';

export const mdxComponents = { StatusChart, ThemeChart, DistrictChart, BudgetChart, PeriodsChart, ProjectTimeline, ProgressChart, Stat };
