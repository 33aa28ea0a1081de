import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessDuplicate, type DuplicateEvidence } from './duplicates.ts';
import { nameTokens, scriptOf, searchableName, soundKeys, wordPairs } from './names.ts';
import { normalisePhone, reversedDigits } from './phones.ts';

describe('searchable names', () => {
  it('folds case, accents and word order away', () => {
    expect(searchableName('  Condé,  Aïssatou ')).toBe('conde aissatou');
    expect(nameTokens('DIALLO Mamadou').sort()).toEqual(nameTokens('Mamadou Diallo').sort());
  });

  it('folds Arabic vowel marks and letter variants', () => {
    expect(searchableName('مَامَادُو دِيَالُّو')).toBe(searchableName('مامادو ديالو'));
    expect(searchableName('أحمد')).toBe(searchableName('احمد'));
    expect(scriptOf('محمد')).toBe('arabic');
    expect(scriptOf('Mamadou')).toBe('latin');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => searchableName(searchableName(s)) === searchableName(s)));
  });
});

describe('sound keys', () => {
  it('ignores word order and offers every primary/alternate combination', () => {
    expect(soundKeys([['MMT'], ['TL']])).toEqual(['MMT TL']);
    expect(soundKeys([['TL'], ['MMT']])).toEqual(['MMT TL']);
    expect(soundKeys([['XN', 'SN'], ['TL']]).sort()).toEqual(['SN TL', 'TL XN']);
  });

  it('skips words without a sound and caps the combinations', () => {
    expect(soundKeys([[''], ['TL']])).toEqual(['TL']);
    const many = Array.from({ length: 10 }, (_, i) => [`A${i}`, `B${i}`]);
    expect(soundKeys(many, 16).length).toBeLessThanOrEqual(16);
  });
});

describe('word pairs', () => {
  it('pairs every two words in byte order, so order and a middle name do not matter', () => {
    const stored = (name: string) => wordPairs(nameTokens(name).map((w) => [w]));
    expect(stored('DIALLO Mamadou')).toEqual(['diallo mamadou']);
    expect(stored('Mamadou Saliou Diallo')).toContain('diallo mamadou');
    expect(stored('Aminata')).toEqual(['aminata']);
  });

  it('crosses the spellings offered for each word, and caps them', () => {
    expect(wordPairs([['mamadou', 'mamadi'], ['diallo']]).sort()).toEqual([
      'diallo mamadi',
      'diallo mamadou',
    ]);
    const many = Array.from({ length: 6 }, (_, i) => Array.from({ length: 10 }, (_, j) => `w${i}${j}`));
    expect(wordPairs(many, 50)).toHaveLength(50);
  });

  it('finds a stored name from the same words in any order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z]{2,8}$/), { minLength: 2, maxLength: 4 }),
        (words) => {
          const stored = new Set(wordPairs(words.map((w) => [w])));
          const query = wordPairs([...words].reverse().map((w) => [w]));
          expect(query.every((k) => stored.has(k))).toBe(true);
        },
      ),
    );
  });
});

describe('phone numbers', () => {
  it('normalises a local Guinean number and an international one to the same E.164', () => {
    expect(normalisePhone('622 12 34 56', 'GN')).toEqual({ ok: true, e164: '+224622123456' });
    expect(normalisePhone('+224 622-12-34-56', null)).toEqual({ ok: true, e164: '+224622123456' });
  });

  it('refuses what cannot be a phone number', () => {
    expect(normalisePhone('12', 'GN')).toEqual({ ok: false, problem: 'invalid_phone' });
  });

  it('keys numbers by their digits last first', () => {
    expect(reversedDigits('+224622123456').startsWith(reversedDigits('123456'))).toBe(true);
  });
});

describe('duplicate assessment', () => {
  const none: DuplicateEvidence = {
    nameSimilarity: 0,
    soundMatch: 0,
    nameContained: false,
    dateOfBirth: 'unknown',
    sameIdentifier: false,
    samePhone: false,
  };

  it('ranks a similar name with the same birth date as a likely duplicate, and says why', () => {
    const a = assessDuplicate({ ...none, nameSimilarity: 0.55, soundMatch: 1, dateOfBirth: 'same' });
    expect(a.score).toBeGreaterThan(0.8);
    expect(a.reasons).toEqual(['similar_name', 'name_sounds_alike', 'same_date_of_birth']);
  });

  it('lowers the score when birth dates differ', () => {
    const same = assessDuplicate({ ...none, nameSimilarity: 0.8, dateOfBirth: 'same' });
    const different = assessDuplicate({ ...none, nameSimilarity: 0.8, dateOfBirth: 'different' });
    expect(different.score).toBeLessThan(same.score);
  });

  const evidence = fc.record({
    nameSimilarity: fc.double({ min: 0, max: 1, noNaN: true }),
    soundMatch: fc.double({ min: 0, max: 1, noNaN: true }),
    nameContained: fc.boolean(),
    dateOfBirth: fc.constantFrom(
      'same' as const,
      'same_year' as const,
      'different' as const,
      'unknown' as const,
    ),
    sameIdentifier: fc.boolean(),
    samePhone: fc.boolean(),
  });

  it('stays within 0 and 1, and never falls when more evidence agrees', () => {
    fc.assert(
      fc.property(evidence, (e) => {
        const base = assessDuplicate(e).score;
        expect(base).toBeGreaterThanOrEqual(0);
        expect(base).toBeLessThanOrEqual(1);
        expect(assessDuplicate({ ...e, sameIdentifier: true }).score).toBeGreaterThanOrEqual(base);
        expect(assessDuplicate({ ...e, samePhone: true }).score).toBeGreaterThanOrEqual(base);
        expect(
          assessDuplicate({ ...e, nameSimilarity: Math.min(1, e.nameSimilarity + 0.1) }).score,
        ).toBeGreaterThanOrEqual(base);
      }),
    );
  });
});
