/**
 * One set of figures drives every chart test: snapshots, structure, determinism and the
 * text alternatives. Names and numbers are in the shape of a real 民生实事 report,
 * with commas and quotes in places where CSV quoting matters.
 */
import type { Feature } from 'geojson';
import type {
  BudgetItem,
  CommitmentFigures,
  HistoryStep,
  MapPlace,
  MilestoneInput,
  PlannedPeriod,
  StackedGroup,
  StatusCountsInput,
  TrendYear,
} from '../../src/charts/index.ts';

export const TODAY = '2023-06-15';

export const progress = { progress: 45, status: 'in-progress' as const };

export const history: HistoryStep[] = [
  { date: '2022-03', progress: 0, status: 'planned' },
  { date: '2022-06-10', progress: 20, status: 'in-progress' },
  { date: '2022-11', progress: 55, status: 'in-progress' },
  { date: '2023', progress: 55, status: 'delayed' },
  { date: '2023-05-20', progress: 100, status: 'completed' },
];

export const milestones: MilestoneInput[] = [
  { date: '2022-04', label: '完成立项', done: true },
  { date: '2022-09-30', label: '主体结构封顶', done: true },
  { date: '2023-03', label: '室内装修', done: true },
  { date: '2023-10', label: '竣工验收', done: false },
  { date: '2024', label: '投入使用', done: false },
];

export const statusCounts: StatusCountsInput = { completed: 12, 'in-progress': 6, delayed: 2, planned: 1, cancelled: 0 };

export const byTheme: StackedGroup[] = [
  { id: 'youxue', label: '优学', counts: { completed: 5, 'in-progress': 3, planned: 1 } },
  { id: 'jiankang', label: '健康', counts: { completed: 4, 'in-progress': 2, delayed: 2 } },
  { id: 'yilao', label: '颐养, "幸福"', counts: { completed: 3, 'in-progress': 1 } },
];

export const budgets: BudgetItem[] = [
  { id: 'youxue', label: '优学', amount: 500_000_000 },
  { id: 'jiankang', label: '健康', amount: 124_000_000, color: '#117733' },
  { id: 'yilao', label: '颐养', amount: 45_000_000 },
  { id: 'anju', label: '安居', amount: 8_000_000 },
  { id: 'wenhua', label: '文化', amount: 0 },
];

export const periods: PlannedPeriod[] = [
  { id: '2022/xinyiyuan', label: '新建市第一人民医院门诊楼', start: '2022-01', plannedEnd: '2023-12', status: 'in-progress' },
  { id: '2022/youeryuan', label: '新建、改扩建幼儿园 5 所', start: '2022-03-01', plannedEnd: '2022-12', status: 'completed' },
  { id: '2022/yanglao', label: '老年食堂', start: '2022-06', plannedEnd: '2023-03', status: 'delayed' },
  { id: '2022/gongce', label: '改造公厕 20 座', plannedEnd: '2022-10', status: 'completed' },
];

export const commitment: CommitmentFigures = { committed: 30, entered: 28, completed: 20 };

export const years: TrendYear[] = [
  { year: 2020, projects: 18, completed: 17, budget: 820_000_000 },
  { year: 2021, projects: 20, completed: 19, budget: 960_000_000 },
  { year: 2022, projects: 28, completed: 20, budget: 1_250_000_000 },
];

/** A square district, anticlockwise as RFC 7946 writes outer rings. */
export const dongquBoundary: Feature = {
  type: 'Feature',
  properties: { name: '东区' },
  geometry: { type: 'Polygon', coordinates: [[[121.0, 30.6], [121.1, 30.6], [121.1, 30.7], [121.0, 30.7], [121.0, 30.6]]] },
};

export const xiquBoundary: Feature = {
  type: 'Feature',
  properties: { name: '西区' },
  geometry: { type: 'Polygon', coordinates: [[[120.9, 30.6], [121.0, 30.6], [121.0, 30.7], [120.9, 30.7], [120.9, 30.6]]] },
};

export const dotPlaces: MapPlace[] = [
  { id: 'dongqu', label: '东区', count: 12, centroid: [121.05, 30.65] },
  { id: 'xiqu', label: '西区', count: 3, centroid: [120.95, 30.7] },
  { id: 'hupan', label: '湖畔街道', count: 1, centroid: [121.0, 30.75] },
  { id: 'weizhi', label: '未定位', count: 2 },
];

export const areaPlaces: MapPlace[] = [
  { id: 'dongqu', label: '东区', count: 12, boundary: dongquBoundary },
  { id: 'xiqu', label: '西区', count: 3, boundary: { type: 'FeatureCollection', features: [xiquBoundary] } },
];
