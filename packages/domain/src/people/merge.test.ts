import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conflictingFields,
  type MergeChoices,
  mergeableFields,
  mergePeople,
  type PersonFields,
} from './merge.ts';

const person = (over: Partial<PersonFields> = {}): PersonFields => ({
  sex: 'male',
  gender: null,
  dateOfBirth: '1994-03-02',
  birthYear: 1994,
  birthDateEstimated: false,
  nationality: 'GN',
  placeOfOrigin: 'Kindia',
  placeOfIntendedReturn: null,
  languages: ['fr'],
  ...over,
});

describe('merging two records of one person', () => {
  it('keeps the survivor’s values unless told otherwise, fills its gaps, and joins languages', () => {
    const { fields } = mergePeople(
      person(),
      person({ placeOfOrigin: 'Mamou', placeOfIntendedReturn: 'Conakry', languages: ['ff', 'fr'] }),
    );
    expect(fields.placeOfOrigin).toBe('Kindia');
    expect(fields.placeOfIntendedReturn).toBe('Conakry');
    expect(fields.languages).toEqual(['fr', 'ff']);
  });

  it('takes the chosen side field by field, with the estimated flag of the chosen birth date', () => {
    const { fields } = mergePeople(
      person({ dateOfBirth: null, birthYear: 1994, birthDateEstimated: true }),
      person({ dateOfBirth: '1994-05-01', nationality: 'SN' }),
      { nationality: 'merged', dateOfBirth: 'merged' },
    );
    expect(fields).toMatchObject({ nationality: 'SN', dateOfBirth: '1994-05-01', birthDateEstimated: false });
  });

  it('names the fields the two records disagree on', () => {
    expect(conflictingFields(person(), person({ nationality: 'SN', gender: 'man' }))).toEqual([
      'nationality',
    ]);
  });

  it('never loses a value: each one of either record is kept or in the history', () => {
    const value = fc.option(fc.string({ maxLength: 3 }), { nil: null });
    const record = fc.record({
      sex: fc.constantFrom('male', 'female', 'unknown'),
      gender: value,
      dateOfBirth: value,
      birthYear: fc.option(fc.integer({ min: 1900, max: 2026 }), { nil: null }),
      birthDateEstimated: fc.boolean(),
      nationality: value,
      placeOfOrigin: value,
      placeOfIntendedReturn: value,
      languages: fc.array(fc.string({ maxLength: 2 }), { maxLength: 3 }),
    }) as fc.Arbitrary<PersonFields>;
    const choices = fc.dictionary(
      fc.constantFrom(...mergeableFields),
      fc.constantFrom('survivor' as const, 'merged' as const),
    ) as fc.Arbitrary<MergeChoices>;
    fc.assert(
      fc.property(record, record, choices, (a, b, c) => {
        const { fields, history } = mergePeople(a, b, c);
        for (const f of mergeableFields) {
          const h = history.find((x) => x.field === f);
          expect(h).toMatchObject({ survivor: a[f], merged: b[f], kept: fields[f] });
          expect([a[f], b[f]]).toContain(fields[f]);
        }
        for (const l of [...a.languages, ...b.languages]) expect(fields.languages).toContain(l);
      }),
    );
  });
});
