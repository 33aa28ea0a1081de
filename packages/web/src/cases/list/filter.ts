// The list's filters live in the address: a filtered list can be bookmarked or
// passed to a colleague, and coming back from a case finds the list as it was left.
import { ageBands, casePhases, caseStatuses, vulnerabilities } from '@reintegra/domain';
import { sexes } from '../new/PersonFields.tsx';
import type { CaseFilter } from '../queries.ts';

/** A value from the address if it is one the list knows; an old or mistyped link filters nothing. */
function oneOf<T extends string>(list: readonly T[], value: string | null): '' | T {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : '';
}

export function filterFrom(params: URLSearchParams): CaseFilter {
  return {
    q: params.get('q') ?? '',
    status: oneOf(caseStatuses, params.get('status')),
    phase: oneOf(casePhases, params.get('phase')),
    assignedToMe: params.get('assignedToMe') === 'true',
    overdue: params.get('overdue') === 'true',
    vulnerability: oneOf(vulnerabilities, params.get('vulnerability')),
    nationality: (params.get('nationality') ?? '').toUpperCase().slice(0, 2),
    sex: oneOf(sexes, params.get('sex')),
    ageBand: oneOf(ageBands, params.get('ageBand')),
    sort: params.get('sort') === 'reference' ? 'reference' : 'updated',
  };
}

export function offsetFrom(params: URLSearchParams): number {
  const offset = Number(params.get('offset'));
  return Number.isInteger(offset) && offset > 0 ? offset : 0;
}

/** Only what narrows the list goes into the address, so that a plain list has a plain address. */
export function paramsOf(filter: CaseFilter, offset: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (value !== '' && value !== false) params.set(name, String(value));
  }
  if (filter.sort === 'updated') params.delete('sort');
  if (offset > 0) params.set('offset', String(offset));
  return params;
}
