import { rssDimensions, type WeightSet } from '@reintegra/domain';
import { AppError } from '../platform/errors.ts';
import type { SubmissionTable } from './submissions.ts';

const parts = [...rssDimensions, 'composite'] as const;

/**
 * A weight set from a sheet with the columns part, question and weight, one
 * weight per line (the shape a methodological note's table is copied into).
 * The weights' own rules are checked when the set is stored.
 */
export function weightSetFromCsv(
  table: SubmissionTable,
  about: Omit<WeightSet, 'dimensions' | 'composite'>,
): WeightSet {
  const column = (name: string) => table.header.findIndex((h) => h.trim().toLowerCase() === name);
  const [part, question, weight] = [column('part'), column('question'), column('weight')];
  if (part < 0 || question < 0 || weight < 0) {
    throw new AppError(400, 'invalid_input', 'The first line names the columns part, question and weight', [
      { field: 'body', code: 'missing_columns', message: 'Columns part, question and weight are needed' },
    ]);
  }
  const set: WeightSet = {
    ...about,
    dimensions: { economic: {}, social: {}, psychosocial: {} },
    composite: {},
  };
  table.rows.forEach((row, i) => {
    const where = `body.line${i + 2}`;
    const p = row[part]?.trim().toLowerCase() as (typeof parts)[number];
    const q = row[question]?.trim().toLowerCase() ?? '';
    const w = Number(row[weight]?.trim());
    if (!parts.includes(p) || !/^q\d+$/.test(q) || row[weight]?.trim() === '' || Number.isNaN(w)) {
      throw new AppError(400, 'invalid_input', `Line ${i + 2} is not part,question,weight`, [
        {
          field: where,
          code: 'invalid_line',
          message: `Expected e.g. "social,q12,1" (part is ${parts.join(', ')})`,
        },
      ]);
    }
    const target = p === 'composite' ? set.composite : set.dimensions[p];
    target[q] = w;
  });
  return set;
}
