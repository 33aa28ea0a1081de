import { expect } from 'vitest';
import type { TestApp } from './app.ts';

type Session = Awaited<ReturnType<TestApp['signIn']>>;

/**
 * A returnee's case opened after return, eligible, with consent to register:
 * the least a test of what comes after needs. Whoever opens it is its
 * caseworker (registration assigns them). Returns the case's id.
 */
export async function openedCase(
  by: Session,
  person: { sex: 'female' | 'male'; dateOfBirth?: string } = { sex: 'female' },
  programme = 'Reintegration',
): Promise<string> {
  const res = await by.post('/api/v1/cases', {
    phase: 'post_return',
    person: {
      dateOfBirth: '1995-05-05',
      ...person,
      names: [{ givenNames: 'Mariama', familyName: 'Sow' }],
    },
    screening: {
      programme,
      eligible: true,
      reasons: 'Returned',
      needsMediumToLongTermServices: true,
      atMediumToHighRisk: false,
    },
    consent: { purpose: 'registration', method: 'written', givenBy: 'Mariama Sow' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().summary.id as string;
}
