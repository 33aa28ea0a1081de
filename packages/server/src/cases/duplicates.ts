import {
  assessDuplicate,
  type DuplicateAssessment,
  nameTokens,
  reversedDigits,
  searchableName,
} from '@reintegra/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import { normaliseIdentifier } from '../people/service.ts';
import { persons } from '../people/tables.ts';
import type { Actor } from '../platform/actor.ts';
import { type Db, textArray } from '../platform/db.ts';
import type { DuplicateQuery } from './schemas.ts';
import { summaryColumns } from './service.ts';
import { cases } from './tables.ts';
import { type CaseSummary, toCaseSummary } from './views.ts';
import { visibleCases } from './visibility.ts';

interface EvidenceRow extends Record<string, unknown> {
  case_id: string;
  name_similarity: number;
  sound_tokens: number;
  contained: boolean | null;
  date_of_birth: string | null;
  birth_year: number | null;
  same_identifier: boolean;
  same_phone: boolean;
}

/** Below this a candidate is not worth a caseworker's attention. */
const minimumScore = 0.35;

/**
 * Search before create: people already on file who may be the one being
 * registered, within the actor's scope, most alike first, each with its reasons.
 * Candidates come from trigram similarity, containment (for scripts trigrams
 * do not split well), double metaphone per word, identifiers and phone digits.
 */
export async function findLikelyDuplicates(
  db: Db,
  actor: Actor,
  query: DuplicateQuery,
): Promise<(DuplicateAssessment & { case: CaseSummary })[]> {
  const names = query.names.map(searchableName).filter(Boolean);
  const tokens = [...new Set(query.names.flatMap(nameTokens))];
  const minTokens = Math.min(2, tokens.length);
  const identifiers = query.identifiers.map(normaliseIdentifier).filter(Boolean);
  const phoneKey = query.phone ? reversedDigits(query.phone) : '';
  // A phone is matched on its last digits; fewer than six would match too many.
  const phone = phoneKey.length >= 6 ? phoneKey : '';

  // Both drivers answer raw SQL with `{ rows }`.
  const result = (await db.execute(sql`
    with q_names as (select unnest(${textArray(names)}) as name),
    q_sounds as (
      select distinct t.token, s.sound
      from unnest(${textArray(tokens)}) as t(token)
      cross join lateral (values (dmetaphone(t.token)), (dmetaphone_alt(t.token))) as s(sound)
      where s.sound <> ''
    ),
    by_name as (
      select pn.person_id from person_names pn join q_names q on pn.searchable % q.name
      union
      select pn.person_id from person_names pn join q_names q on pn.searchable like '%' || q.name || '%'
    ),
    by_sound as (
      select s.person_id from person_name_sounds s join q_sounds qs on qs.sound = s.sound
      group by s.person_id having count(distinct qs.token) >= ${minTokens}
    ),
    by_identifier as (select person_id from person_identifiers where normalised = any(${textArray(identifiers)})),
    by_phone as (select person_id from person_phones where ${phone} <> '' and reversed_digits like ${phone} || '%'),
    candidates as (
      select person_id from by_name union select person_id from by_sound
      union select person_id from by_identifier union select person_id from by_phone
    )
    select ${cases.id} as case_id,
      (select coalesce(max(similarity(pn.searchable, q.name)), 0) from person_names pn, q_names q
        where pn.person_id = p.id) as name_similarity,
      (select count(distinct qs.token) from person_name_sounds s join q_sounds qs on qs.sound = s.sound
        where s.person_id = p.id)::int as sound_tokens,
      (select bool_or(pn.searchable like '%' || q.name || '%') from person_names pn, q_names q
        where pn.person_id = p.id) as contained,
      p.date_of_birth::text as date_of_birth, p.birth_year,
      exists (select 1 from by_identifier b where b.person_id = p.id) as same_identifier,
      exists (select 1 from by_phone b where b.person_id = p.id) as same_phone
    from candidates k
    join ${persons} p on p.id = k.person_id
    join ${cases} on ${cases.personId} = p.id
    where ${visibleCases(actor)}
    limit 200`)) as unknown as { rows: EvidenceRow[] };

  const assessed = result.rows
    .map((row) => ({
      caseId: row.case_id,
      assessment: assessDuplicate({
        nameSimilarity: Number(row.name_similarity),
        soundMatch: tokens.length ? Number(row.sound_tokens) / tokens.length : 0,
        nameContained: !!row.contained,
        dateOfBirth: birthEvidence(query, row),
        sameIdentifier: row.same_identifier,
        samePhone: row.same_phone,
      }),
    }))
    .filter((c) => c.assessment.score >= minimumScore)
    .sort((a, b) => b.assessment.score - a.assessment.score)
    .slice(0, 20);
  if (assessed.length === 0) return [];

  const summaries = await db
    .select(summaryColumns)
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(
      inArray(
        cases.id,
        assessed.map((a) => a.caseId),
      ),
    );
  const byId = new Map(summaries.map((s) => [s.case.id, toCaseSummary(s)]));
  return assessed.flatMap((a) => {
    const summary = byId.get(a.caseId);
    return summary ? [{ ...a.assessment, case: summary }] : [];
  });
}

function birthEvidence(query: DuplicateQuery, row: EvidenceRow) {
  if (query.dateOfBirth && row.date_of_birth)
    return query.dateOfBirth === row.date_of_birth ? 'same' : 'different';
  const year = query.birthYear ?? (query.dateOfBirth ? Number(query.dateOfBirth.slice(0, 4)) : null);
  const theirs = row.birth_year ?? (row.date_of_birth ? Number(row.date_of_birth.slice(0, 4)) : null);
  if (year === null || theirs === null) return 'unknown';
  return year === theirs ? 'same_year' : 'different';
}
