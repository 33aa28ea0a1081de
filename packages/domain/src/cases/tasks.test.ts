import { describe, expect, it } from 'vitest';
import { addDays, isOverdue, nextDueTask, taskStartedBy, tasksFulfilledBy } from './tasks.ts';

describe('tasks', () => {
  it('is overdue only when open and its day has passed', () => {
    expect(isOverdue({ status: 'open', dueOn: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ status: 'open', dueOn: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: '2026-01-01' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'cancelled', dueOn: '2026-01-01' }, '2026-11-23')).toBe(false);
  });

  it('names the open task due first as next', () => {
    const tasks = [
      { id: 'a', status: 'done' as const, dueOn: '2026-01-01' },
      { id: 'b', status: 'open' as const, dueOn: '2026-12-01' },
      { id: 'c', status: 'open' as const, dueOn: '2026-11-30' },
    ];
    expect(nextDueTask(tasks)?.id).toBe('c');
    expect(nextDueTask([tasks[0] as (typeof tasks)[number]])).toBeNull();
  });

  it('adds days across month and year ends, whatever the time zone', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('makes an assessment due on registration and a plan due on planning, after return only', () => {
    const today = '2026-11-23';
    expect(
      taskStartedBy({ phase: 'post_return', status: 'registered', caseManagementType: null }, today),
    ).toEqual({ kind: 'assessment', dueOn: '2026-12-07' });
    expect(
      taskStartedBy({ phase: 'post_return', status: 'planning', caseManagementType: null }, today),
    ).toEqual({ kind: 'plan', dueOn: '2026-12-23' });
    expect(
      taskStartedBy({ phase: 'pre_return', status: 'planning', caseManagementType: null }, today),
    ).toBeNull();
    expect(
      taskStartedBy({ phase: 'post_return', status: 'implementation', caseManagementType: null }, today),
    ).toBeNull();
  });

  it('follows intensive cases weekly and generalist ones monthly', () => {
    const today = '2026-11-23';
    expect(
      taskStartedBy({ phase: 'post_return', status: 'follow_up', caseManagementType: 'intensive' }, today)
        ?.dueOn,
    ).toBe('2026-11-30');
    expect(
      taskStartedBy({ phase: 'post_return', status: 'follow_up', caseManagementType: 'generalist' }, today)
        ?.dueOn,
    ).toBe('2026-12-23');
  });

  it('closes the tasks a status fulfils, and everything on closure', () => {
    expect(tasksFulfilledBy('planning')).toEqual(['assessment']);
    expect(tasksFulfilledBy('implementation')).toEqual(['assessment', 'plan']);
    expect(tasksFulfilledBy('closed')).toBe('all');
    expect(tasksFulfilledBy('suspended')).toEqual([]);
  });
});
