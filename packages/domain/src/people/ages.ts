// Age bands for filters and for the indicators' disaggregation. The seeds fix
// no bands; these split children at 12 (seed-002 Module 6 speaks of "a child
// under 12", L4211, and of "older youth", L4021) and adults in the usual
// working-age steps, so children never hide inside an adult band.

export const ageOfMajority = 18;

export const ageBands = ['0-11', '12-17', '18-24', '25-34', '35-49', '50+'] as const;
export type AgeBand = (typeof ageBands)[number];

/** The first and last age (in whole years) of a band; the last is open-ended. */
export function ageRange(band: AgeBand): { min: number; max: number | null } {
  const [min, max] = band.replace('+', '-').split('-');
  return { min: Number(min), max: max ? Number(max) : null };
}

/** Age in whole years on a day, from a date of birth, or from a birth year when only that is known. */
export function ageOn(
  person: { dateOfBirth: string | null; birthYear: number | null },
  today: string,
): number | null {
  if (person.dateOfBirth) {
    const years = Number(today.slice(0, 4)) - Number(person.dateOfBirth.slice(0, 4));
    return today.slice(5) < person.dateOfBirth.slice(5) ? years - 1 : years;
  }
  return person.birthYear === null ? null : Number(today.slice(0, 4)) - person.birthYear;
}

export function ageBandOf(age: number): AgeBand {
  return ageBands.find((b) => {
    const { min, max } = ageRange(b);
    return age >= min && (max === null || age <= max);
  }) as AgeBand;
}

/**
 * The dates of birth a band covers on a day: born after `bornAfter` and on or
 * before `bornOnOrBefore` (ISO dates). Lets a database filter by band on the
 * stored date of birth instead of computing every age.
 */
export function birthDatesOf(
  band: AgeBand,
  today: string,
): { bornAfter: string | null; bornOnOrBefore: string } {
  const { min, max } = ageRange(band);
  const shift = (years: number) => {
    const year = Number(today.slice(0, 4)) - years;
    // 29 February of a year without one: the 28th covers the same people.
    const day = today.slice(5) === '02-29' && !isLeapYear(year) ? '02-28' : today.slice(5);
    return `${String(year).padStart(4, '0')}-${day}`;
  };
  return { bornAfter: max === null ? null : shift(max + 1), bornOnOrBefore: shift(min) };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
