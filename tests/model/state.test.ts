import { describe, expect, it } from 'vitest';
import { currentState, daysBetween, endOf, projectHistory } from '../../src/model/state.ts';
import { project, update } from './entries.ts';

const hospital = project('2022/hospital', { progress: 40, asOf: '2022-03', plannedEnd: '2022-12' });

describe('a project history', () => {
  it('starts at the baseline and follows the updates that list the project, by date', () => {
    const updates = [
      update('2022-09-01-later', ['2022/hospital'], { progress: 80 }),
      update('2022-06-30-earlier', ['2022/hospital'], { progress: 70, kind: 'milestone' }),
      update('2022-07-01-other', ['2022/school'], { progress: 99 }),
    ];
    expect(projectHistory(hospital, updates)).toEqual([
      { date: '2022-03', status: 'in-progress', progress: 40 },
      { date: '2022-06-30', status: 'in-progress', progress: 70, updateId: '2022-06-30-earlier', kind: 'milestone' },
      { date: '2022-09-01', status: 'in-progress', progress: 80, updateId: '2022-09-01-later', kind: 'progress' },
    ]);
  });

  it('leaves out updates that state neither status nor progress', () => {
    const visit = update('2022-05-01-visit', ['2022/hospital'], { kind: 'public-visit', participants: 30 });
    expect(projectHistory(hospital, [visit])).toHaveLength(1);
  });

  it('orders updates of one day by file name, and puts the baseline before updates of its own day', () => {
    const sameDay = project('2022/same', { progress: 10, asOf: '2022-05-01' });
    const history = projectHistory(sameDay, [
      update('2022-05-01-b', ['2022/same'], { progress: 30 }),
      update('2022-05-01-a', ['2022/same'], { progress: 20 }),
    ]);
    expect(history.map((s) => s.progress)).toEqual([10, 20, 30]);
  });

  it('places an update older than the baseline before it', () => {
    const history = projectHistory(hospital, [update('2022-01-15-old', ['2022/hospital'], { progress: 20 })]);
    expect(history.map((s) => [s.date, s.progress])).toEqual([['2022-01-15', 20], ['2022-03', 40]]);
  });
});

describe('the current state', () => {
  it('is the latest step: an update moves status and progress', () => {
    const state = currentState(hospital, [update('2022-06-30-x', ['2022/hospital'], { progress: 70, status: 'delayed' })], '2022-07-01');
    expect(state).toMatchObject({ status: 'delayed', progress: 70, asOf: '2022-06-30', overdue: false });
  });

  it('treats a completion update as completed at 100 %, dated that day', () => {
    const state = currentState(hospital, [update('2022-12-20-done', ['2022/hospital'], { kind: 'completion' })], '2023-01-01');
    expect(state).toMatchObject({ status: 'completed', progress: 100, completed: '2022-12-20', overdue: false });
  });

  it('keeps the completed date of a project completed at its baseline', () => {
    const done = project('2023/done', { status: 'completed', progress: 100, asOf: '2023-05-01', completed: '2023-04' });
    expect(currentState(done, [], '2024-01-01').completed).toBe('2023-04');
  });

  it('lets a correction lower progress', () => {
    const state = currentState(
      hospital,
      [update('2022-06-01-a', ['2022/hospital'], { progress: 70 }), update('2022-06-10-fix', ['2022/hospital'], { kind: 'correction', progress: 60 })],
      '2022-07-01',
    );
    expect(state.progress).toBe(60);
  });

  it('dates the data by the latest fact, including updates that changed nothing', () => {
    const state = currentState(hospital, [update('2022-08-08-visit', ['2022/hospital'], { kind: 'inspection' })], '2022-09-01');
    expect(state.asOf).toBe('2022-08-08');
    expect(state.progress).toBe(40);
  });

  it('is overdue once the whole planned-end period has passed without completion', () => {
    expect(currentState(hospital, [], '2022-12-31').overdue).toBe(false);
    expect(currentState(hospital, [], '2023-01-01').overdue).toBe(true);
    const cancelled = project('2022/x', { status: 'cancelled', plannedEnd: '2022' });
    expect(currentState(cancelled, [], '2024-01-01').overdue).toBe(false);
  });

  it('is stale once nothing dated about it is newer than the staleness period, 180 days unless set', () => {
    const reported = [update('2022-06-30-x', ['2022/hospital'], { progress: 70 })];
    expect(currentState(hospital, reported, '2022-12-27').stale).toBe(false);
    expect(currentState(hospital, reported, '2022-12-28').stale).toBe(true);
    expect(currentState(hospital, reported, '2022-08-01', 30).stale).toBe(true);
    expect(currentState(hospital, reported, '2022-07-30', 30).stale).toBe(false);
  });

  it('counts a partial date of the last report to its last day', () => {
    // Reported "2022-03": the report stands for March, so it goes stale 180 days after 31 March.
    expect(currentState(hospital, [], '2022-09-27').stale).toBe(false);
    expect(currentState(hospital, [], '2022-09-28').stale).toBe(true);
  });

  it('counts an update that changed nothing as a report', () => {
    const visited = [update('2024-05-01-visit', ['2022/hospital'], { kind: 'inspection' })];
    expect(currentState(hospital, visited, '2024-06-01').stale).toBe(false);
  });

  it('is never stale once completed or cancelled: a final status does not age', () => {
    const done = project('2020/done', { status: 'completed', progress: 100, asOf: '2020-05-01' });
    const dropped = project('2020/dropped', { status: 'cancelled', asOf: '2020-05-01' });
    expect(currentState(done, [], '2026-01-01').stale).toBe(false);
    expect(currentState(dropped, [], '2026-01-01').stale).toBe(false);
  });

  it('counts whole days between two days', () => {
    expect(daysBetween('2022-12-31', '2023-01-01')).toBe(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2022-05-02', '2022-05-01')).toBe(-1);
  });

  it('knows the last day of a partial date', () => {
    expect(endOf('2021')).toBe('2021-12-31');
    expect(endOf('2024-02')).toBe('2024-02-29');
    expect(endOf('2023-02')).toBe('2023-02-28');
    expect(endOf('2023-02-10')).toBe('2023-02-10');
  });
});
