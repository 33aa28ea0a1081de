import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBandOf, ageBands, ageOn, birthDatesOf } from './ages.ts';
import { isChild } from './households.ts';

describe('ages', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn({ dateOfBirth: '2008-11-23', birthYear: null }, '2026-11-23')).toBe(18);
    expect(ageOn({ dateOfBirth: '2008-11-24', birthYear: null }, '2026-11-23')).toBe(17);
    expect(ageOn({ dateOfBirth: null, birthYear: 1994 }, '2026-11-23')).toBe(32);
    expect(ageOn({ dateOfBirth: null, birthYear: null }, '2026-11-23')).toBeNull();
  });

  it('puts every age in exactly one band, children apart from adults', () => {
    expect(ageBandOf(0)).toBe('0-11');
    expect(ageBandOf(17)).toBe('12-17');
    expect(ageBandOf(18)).toBe('18-24');
    expect(ageBandOf(90)).toBe('50+');
  });

  it('turns a band into the dates of birth it covers, agreeing with ageOn', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1930-01-01'), max: new Date('2026-11-22'), noInvalidDate: true }),
        fc.constantFrom(...ageBands),
        fc.constantFrom('2026-11-23', '2028-02-29', '2027-03-01'),
        (born, band, today) => {
          const dob = born.toISOString().slice(0, 10);
          const { bornAfter, bornOnOrBefore } = birthDatesOf(band, today);
          const inRange = (bornAfter === null || dob > bornAfter) && dob <= bornOnOrBefore;
          const age = ageOn({ dateOfBirth: dob, birthYear: null }, today) as number;
          expect(inRange).toBe(ageBandOf(age) === band);
        },
      ),
    );
  });
});

describe('children', () => {
  it('is a child under 18, an adult from the 18th birthday, unknown without an age', () => {
    expect(isChild({ dateOfBirth: '2008-11-24', birthYear: null }, '2026-11-23')).toBe(true);
    expect(isChild({ dateOfBirth: '2008-11-23', birthYear: null }, '2026-11-23')).toBe(false);
    expect(isChild({ dateOfBirth: null, birthYear: null }, '2026-11-23')).toBeNull();
  });
});
