// Turning counted groups into the figures a report shows. Counts of people in
// small groups identify them, so a figure resting on fewer than a minimum
// count is withheld, and enough other cells with it that subtraction from a
// shown total cannot bring it back. The seeds ask for confidentiality of
// returnees' feedback (seed-000 Finding 11) and of staff answers (C4, L933;
// seed-002 L3431 "data is used anonymously") but set no threshold; five is a
// common minimum in published statistics, and programmes can change it.
import { type AgeBand, ageBandOf } from '../people/ages.ts';

export const defaultMinCount = 5;

/**
 * A shown figure with the counts behind it. Withheld figures carry nulls
 * only, so nothing of them leaks through the counts.
 * - rate and share: numerator ÷ denominator;
 * - mean: sum ÷ number of values; median: null numerator, number of values;
 * - count: the count over nothing (denominator null).
 */
export interface Figure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  withheld: boolean;
}

/** What a withheld figure shows: nothing, not even the counts. */
export const withheldFigure: Figure = { value: null, numerator: null, denominator: null, withheld: true };

/** A count on its own: withheld below the minimum, zero included (no shown count is ever below it). */
export function countFigure(count: number, minCount = defaultMinCount): Figure {
  if (count < minCount) return withheldFigure;
  return { value: count, numerator: count, denominator: null, withheld: false };
}

/**
 * So many per so many of something else (meetings per case, visits per
 * caseworker): withheld when either count is below the minimum. Null value,
 * not withheld, when there is nothing to divide by and no minimum.
 */
export function rateFigure(numerator: number, denominator: number, minCount = defaultMinCount): Figure {
  if (numerator < minCount || denominator < minCount) return withheldFigure;
  return {
    value: denominator === 0 ? null : numerator / denominator,
    numerator,
    denominator,
    withheld: false,
  };
}

/**
 * The part of a whole that has something (satisfied, score ≥ 0.5). The rest,
 * denominator − numerator, is a count of people too, and anyone can get it by
 * subtracting the numerator from the shown denominator: "97 of 100 satisfied"
 * says 3 were not. So it must reach the minimum as well.
 */
export function shareFigure(numerator: number, denominator: number, minCount = defaultMinCount): Figure {
  if (numerator < minCount || denominator < minCount || denominator - numerator < minCount) {
    return withheldFigure;
  }
  return {
    value: denominator === 0 ? null : numerator / denominator,
    numerator,
    denominator,
    withheld: false,
  };
}

/** A mean and how many values it rests on; withheld with fewer values than the minimum. */
export function meanFigure(values: readonly number[], minCount = defaultMinCount): Figure {
  if (values.length < minCount) return withheldFigure;
  const sum = values.reduce((a, b) => a + b, 0);
  return { value: mean(values), numerator: sum, denominator: values.length, withheld: false };
}

/** A mean from its total and number of values, as a database adds them up; withheld below the minimum. */
export function meanFromTotals(total: number, count: number, minCount = defaultMinCount): Figure {
  if (count < minCount || count === 0) return withheldFigure;
  return { value: total / count, numerator: total, denominator: count, withheld: false };
}

export function medianFigure(values: readonly number[], minCount = defaultMinCount): Figure {
  if (values.length < minCount) return withheldFigure;
  return { value: median(values), numerator: null, denominator: values.length, withheld: false };
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * The middle value; with an even number of values, the mean of the two middle
 * ones, as SQL's percentile_cont(0.5) gives it.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/**
 * "1:N", as Annex 3 writes its ratio (seed-000 L1059, without its space).
 * N is rounded to the nearest whole unless decimals are asked for; a planned
 * capacity is rounded down before it comes here (planning/workload.ts).
 */
export function formatRatio(casesPerCaseworker: number, decimals = 0): string {
  if (!Number.isFinite(casesPerCaseworker) || casesPerCaseworker < 0) {
    throw new RangeError(`no ratio for ${casesPerCaseworker}`);
  }
  const factor = 10 ** decimals;
  const n = Math.round(casesPerCaseworker * factor) / factor;
  return `1:${decimals === 0 ? n : n.toFixed(decimals)}`;
}

/**
 * The band an age falls in, or 'unknown'. The bands are the ones filters use
 * (people/ages.ts): the seeds fix none, and the same bands everywhere keep a
 * report's age breakdown the same as the list a user filters. The Handbook's
 * analysis takes "Age at time of return" (seed-002 L3648), so callers pass
 * that age.
 */
export function ageBandOrUnknown(age: number | null): AgeBand | 'unknown' {
  if (age === null || !Number.isInteger(age) || age < 0) return 'unknown';
  return ageBandOf(age);
}

/** Age at a day from a birth year only: the year's difference, which can be one too many before the birthday. */
export function ageFromBirthYear(birthYear: number | null, on: string): number | null {
  return birthYear === null ? null : Number(on.slice(0, 4)) - birthYear;
}

/**
 * Which groups of a breakdown to withhold, each group a vector of counts that
 * add up across groups to the breakdown's total (one count for a table row;
 * numerator and rest for a share). The rule, for a total that is shown:
 * 1. primary: a group with any count below the minimum is withheld;
 * 2. complementary: if any group is withheld, then at least two are, and the
 *    withheld groups together reach the minimum in every count. Shown groups
 *    are added smallest first until that holds.
 * Subtracting the shown groups from the total then gives only the sum of the
 * withheld ones, at least the minimum and spread over two groups or more, so
 * no one of them can be worked out. When even all groups together fail this
 * (a single group, or a total below the minimum) the total is withheld too.
 * This guards against subtraction within the breakdown; someone who knows
 * how the cells were chosen can still narrow them to a range.
 */
export function withheldGroups(
  groups: readonly (readonly number[])[],
  minCount = defaultMinCount,
): { groups: boolean[]; total: boolean } {
  const width = groups[0]?.length ?? 0;
  const sum = (g: readonly number[]) => g.reduce((a, b) => a + b, 0);
  const withheld = groups.map((g) => g.some((c) => c < minCount));
  const totals = Array.from({ length: width }, (_, k) => groups.reduce((s, g) => s + (g[k] ?? 0), 0));
  const totalWithheld = totals.some((t) => t < minCount);
  if (totalWithheld) return { groups: groups.map(() => true), total: true };
  const safe = () => {
    const count = withheld.filter(Boolean).length;
    if (count === 0) return true;
    if (count < 2) return false;
    for (let k = 0; k < width; k++) {
      const held = groups.reduce((s, g, i) => s + (withheld[i] ? (g[k] ?? 0) : 0), 0);
      if (held < minCount) return false;
    }
    return true;
  };
  while (!safe()) {
    let pick = -1;
    groups.forEach((g, i) => {
      if (withheld[i]) return;
      if (pick === -1 || sum(g) < sum(groups[pick] as readonly number[])) pick = i;
    });
    if (pick === -1) return { groups: groups.map(() => true), total: true };
    withheld[pick] = true;
  }
  return { groups: withheld, total: false };
}

/** A row of counts and its total, withheld as withheldGroups says. */
export function suppressCounts(
  counts: readonly number[],
  minCount = defaultMinCount,
): { cells: (number | null)[]; total: number | null } {
  const { groups, total } = withheldGroups(
    counts.map((c) => [c]),
    minCount,
  );
  return {
    cells: counts.map((c, i) => (groups[i] ? null : c)),
    total: total ? null : counts.reduce((a, b) => a + b, 0),
  };
}

export interface ShareGroup<K extends string = string> {
  key: K;
  numerator: number;
  denominator: number;
}

/**
 * A share broken down (by sex, age band, …) with the overall share. The
 * groups must cover everyone once, unknowns included, so they add up to the
 * overall counts; both the numerators and the rests are protected.
 */
export function shareBreakdown<K extends string>(
  groups: readonly ShareGroup<K>[],
  minCount = defaultMinCount,
): { overall: Figure; groups: { key: K; figure: Figure }[] } {
  const numerator = groups.reduce((s, g) => s + g.numerator, 0);
  const denominator = groups.reduce((s, g) => s + g.denominator, 0);
  const decision = withheldGroups(
    groups.map((g) => [g.numerator, g.denominator - g.numerator]),
    minCount,
  );
  return {
    overall: decision.total ? withheldFigure : shareFigure(numerator, denominator, minCount),
    groups: groups.map((g, i) => ({
      key: g.key,
      figure: decision.groups[i] ? withheldFigure : shareFigure(g.numerator, g.denominator, minCount),
    })),
  };
}

/**
 * A table of counts with its row, column and grand totals, as a grid with the
 * totals in the last row and column. Each row and column, the totals' row and
 * column included, is a breakdown of its total under withheldGroups; the rule
 * is applied again until no line changes, since withholding a cell for its row
 * can leave it alone in its column.
 */
export function suppressTable(
  rows: readonly (readonly number[])[],
  minCount = defaultMinCount,
): (number | null)[][] {
  const width = rows[0]?.length ?? 0;
  const grid: number[][] = rows.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
  const totals = Array.from({ length: width + 1 }, (_, j) => grid.reduce((s, r) => s + (r[j] ?? 0), 0));
  grid.push(totals);
  const held = grid.map((r) => r.map((c) => c < minCount));
  const lines: [number, number][][] = [
    ...grid.map((_, i) => Array.from({ length: width + 1 }, (_, j): [number, number] => [i, j])),
    ...Array.from({ length: width + 1 }, (_, j) => grid.map((_, i): [number, number] => [i, j])),
  ];
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const cells = line.slice(0, -1);
      const [ti, tj] = line[line.length - 1] as [number, number];
      // A withheld total gives nothing to subtract from on this line.
      if ((held[ti] as boolean[])[tj]) continue;
      const safe = () => {
        const heldCells = cells.filter(([i, j]) => (held[i] as boolean[])[j]);
        if (heldCells.length === 0) return true;
        const sum = heldCells.reduce((s, [i, j]) => s + ((grid[i] as number[])[j] as number), 0);
        return heldCells.length >= 2 && sum >= minCount;
      };
      while (!safe()) {
        let pick: [number, number] | null = null;
        for (const [i, j] of cells) {
          if ((held[i] as boolean[])[j]) continue;
          const value = (grid[i] as number[])[j] as number;
          if (pick === null || value < ((grid[pick[0]] as number[])[pick[1]] as number)) pick = [i, j];
        }
        changed = true;
        if (pick === null) {
          // Every cell is withheld and still one could be found: the total goes too.
          (held[ti] as boolean[])[tj] = true;
          break;
        }
        (held[pick[0]] as boolean[])[pick[1]] = true;
      }
    }
  }
  return grid.map((r, i) => r.map((c, j) => ((held[i] as boolean[])[j] ? null : c)));
}
