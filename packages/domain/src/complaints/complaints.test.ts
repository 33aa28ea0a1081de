import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorC2 } from '../indicators/annex2.ts';
import { monthPeriod } from '../indicators/records.ts';
import {
  complaintHandlingStatuses,
  handlingMoveProblem,
  indicatorComplaintStatus,
  isComplaintOpen,
  nextHandlingStatuses,
} from './handling.ts';
import { type ComplaintDraft, complaintDraftProblems } from './recording.ts';

const words = { resolution: '', reason: '' };

describe('complaint handling', () => {
  it('acknowledges before resolving, and says what was done or why not', () => {
    expect(handlingMoveProblem('received', 'acknowledged', words)).toBeNull();
    expect(handlingMoveProblem('received', 'resolved', { ...words, resolution: 'Paid' })).toBe(
      'illegal_move',
    );
    expect(handlingMoveProblem('acknowledged', 'resolved', words)).toBe('resolution_required');
    expect(handlingMoveProblem('acknowledged', 'resolved', { ...words, resolution: '  ' })).toBe(
      'resolution_required',
    );
    expect(
      handlingMoveProblem('under_review', 'resolved', { ...words, resolution: 'Kit delivered' }),
    ).toBeNull();
    expect(handlingMoveProblem('received', 'dismissed', words)).toBe('reason_required');
    expect(handlingMoveProblem('received', 'dismissed', { ...words, reason: 'Duplicate call' })).toBeNull();
    expect(handlingMoveProblem('under_review', 'acknowledged', words)).toBe('illegal_move');
    expect(nextHandlingStatuses('acknowledged')).toEqual(['under_review', 'resolved', 'dismissed']);
  });

  it('never leaves an end, and every open status reaches one', () => {
    const filled = { resolution: 'done', reason: 'why' };
    fc.assert(
      fc.property(
        fc.constantFrom(...complaintHandlingStatuses),
        fc.constantFrom(...complaintHandlingStatuses),
        (from, to) => {
          if (!isComplaintOpen(from)) expect(handlingMoveProblem(from, to, filled)).toBe('illegal_move');
        },
      ),
    );
    for (const status of complaintHandlingStatuses.filter(isComplaintOpen)) {
      expect(nextHandlingStatuses(status)).toContain('dismissed');
    }
  });

  it('reads as open, resolved or dismissed for the indicators, and C2 counts it by when it came in', () => {
    expect(complaintHandlingStatuses.map(indicatorComplaintStatus)).toEqual([
      'open',
      'open',
      'open',
      'resolved',
      'dismissed',
    ]);
    const c2 = indicatorC2(
      [
        {
          caseId: null,
          caseworkerId: 'cw-1',
          channel: 'partner',
          about: 'caseworker',
          receivedOn: '2026-03-04',
          status: indicatorComplaintStatus('under_review'),
          resolvedOn: null,
        },
      ],
      ['cw-1', 'cw-2'],
      monthPeriod('2026-03'),
    );
    expect(c2.byCaseworker).toEqual({ 'cw-1': 1, 'cw-2': 0 });
    expect(c2.value).toBe(0.5);
  });
});

describe('what a complaint record must hold', () => {
  const draft: ComplaintDraft = {
    about: 'assistance',
    receivedOn: '2026-11-20',
    hasCase: false,
    concernedUserId: null,
    anonymous: true,
    complainantName: '',
    complainantContact: '',
    satisfaction: null,
  };
  const today = '2026-11-23';

  it('takes an anonymous call about the assistance with no case', () => {
    expect(complaintDraftProblems(draft, today)).toEqual([]);
  });

  it('refuses a day still to come, a named anonymous complainant and an unnamed named one', () => {
    expect(complaintDraftProblems({ ...draft, receivedOn: '2026-11-24' }, today)).toEqual([
      { field: 'receivedOn', code: 'in_future' },
    ]);
    expect(complaintDraftProblems({ ...draft, complainantContact: '+224 622 00 11 22' }, today)).toEqual([
      { field: 'complainantName', code: 'named_anonymous' },
    ]);
    expect(complaintDraftProblems({ ...draft, anonymous: false }, today)).toEqual([
      { field: 'complainantName', code: 'name_required' },
    ]);
    expect(
      complaintDraftProblems({ ...draft, anonymous: false, complainantName: 'Aissatou' }, today),
    ).toEqual([]);
  });

  it('keeps a satisfaction answer only where A2 or the assistance can use it: a case, a subject, a caseworker', () => {
    expect(complaintDraftProblems({ ...draft, satisfaction: 'satisfied', about: 'other' }, today)).toEqual([
      { field: 'satisfaction', code: 'subject_required' },
      { field: 'caseId', code: 'case_required' },
    ]);
    expect(
      complaintDraftProblems(
        { ...draft, satisfaction: 'satisfied', about: 'caseworker', hasCase: true },
        today,
      ),
    ).toEqual([{ field: 'concernedUserId', code: 'caseworker_required' }]);
    expect(
      complaintDraftProblems(
        {
          ...draft,
          satisfaction: 'dissatisfied',
          about: 'caseworker',
          hasCase: true,
          concernedUserId: 'u-1',
        },
        today,
      ),
    ).toEqual([]);
  });
});
