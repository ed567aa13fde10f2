import { describe, expect, it } from 'vitest';
import { currentState, endOf, projectHistory } from '../../src/model/state.ts';
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

  it('knows the last day of a partial date', () => {
    expect(endOf('2021')).toBe('2021-12-31');
    expect(endOf('2024-02')).toBe('2024-02-29');
    expect(endOf('2023-02')).toBe('2023-02-28');
    expect(endOf('2023-02-10')).toBe('2023-02-10');
  });
});
