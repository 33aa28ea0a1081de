import {
  assessDuplicate,
  type DuplicateAssessment,
  nameTokens,
  reversedDigits,
  scriptOf,
  searchableName,
  soundKeys,
  wordPairs,
} from '@reintegra/domain';
import { sql } from 'drizzle-orm';
import { normaliseIdentifier, wordSounds } from '../people/service.ts';
import { nameWords, personDistinctions, persons } from '../people/tables.ts';
import type { Actor } from '../platform/actor.ts';
import { type Db, textArray } from '../platform/db.ts';
import type { DuplicateQuery } from './schemas.ts';
import { summariesOf } from './service.ts';
import { cases } from './tables.ts';
import { type CaseSummary, toCaseSummary } from './views.ts';
import { caseReach } from './visibility.ts';

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

/** How alike a word on file must be to a typed one to count as its spelling (trigram similarity). */
const closeWordSimilarity = 0.2;

/** Below this a candidate is not worth a caseworker's attention. */
const minimumScore = 0.35;

/**
 * Search before create: people already on file who may be the one being
 * registered, within the actor's scope, most alike first, each with its reasons.
 * Candidates come from pairs of words of the name (each word with its close
 * spellings on file), whole-name sound keys (double metaphone), identifiers
 * and phone digits; the evidence then weighs trigram similarity, containment
 * (for scripts trigrams split poorly), sounds, birth date, documents and phone.
 */
export async function findLikelyDuplicates(
  db: Db,
  actor: Actor,
  query: DuplicateQuery,
  /** A person on file whose own record, and those marked distinct from it, are not duplicates of it. */
  except: string | null = null,
): Promise<(DuplicateAssessment & { case: CaseSummary })[]> {
  const names = query.names.map(searchableName).filter(Boolean);
  const tokens = [...new Set(query.names.flatMap(nameTokens))];
  const sounds = await wordSounds(db, tokens);
  const keys = [
    ...new Set(query.names.flatMap((n) => soundKeys(nameTokens(n).map((t) => sounds.get(t) ?? [])))),
  ];
  // Each sound with the query word it came from, to count how many words of a candidate sound alike.
  const soundPairs = tokens.flatMap((t) => (sounds.get(t) ?? []).map((sound) => `${t} ${sound}`));
  const identifiers = query.identifiers.map(normaliseIdentifier).filter(Boolean);
  const phoneKey = query.phone ? reversedDigits(query.phone) : '';
  // A phone is matched on its last digits; fewer than six would match too many.
  const phone = phoneKey.length >= 6 ? phoneKey : '';
  const reach = await caseReach(db, actor);
  const pairs = await namePairsOf(db, query.names);
  const exceptCondition = except
    ? sql`k.person_id <> ${except} and not exists (select 1 from ${personDistinctions} d
        where d.first_id = least(k.person_id, ${except}::uuid) and d.second_id = greatest(k.person_id, ${except}::uuid))`
    : sql`true`;
  const year = query.birthYear ?? (query.dateOfBirth ? Number(query.dateOfBirth.slice(0, 4)) : null);

  // Candidates come from indexes that each return few rows: word pairs of the
  // names (spelling variants included), whole-name sound keys, identifiers and
  // phone digits. Only those in the actor's scope are kept, the ones with the
  // same birth date or year first, and only the first hundred get the full comparison.
  const result = (await db.execute(sql`
    with q_names as (select unnest(${textArray(names)}) as name),
    q_sounds as (
      select split_part(p, ' ', 1) as token, split_part(p, ' ', 2) as sound from unnest(${textArray(soundPairs)}) as p
    ),
    by_identifier as (select person_id from person_identifiers where normalised = any(${textArray(identifiers)})),
    by_phone as (select person_id from person_phones where ${phone} <> '' and reversed_digits like ${phone} || '%'),
    candidates as (
      select person_id, max(rank) as rank from (
        select person_id, 0.8 as rank from person_name_pairs where pair = any(${textArray(pairs)})
        union all select person_id, 0.8 from person_name_keys where key = any(${textArray(keys)})
        union all select person_id, 1 from by_identifier
        union all select person_id, 1 from by_phone
      ) ways group by person_id
    ),
    reachable as (
      select ${cases.id} as case_id, k.person_id from candidates k
      join ${cases} on ${cases.personId} = k.person_id
      join ${persons} on ${persons.id} = k.person_id
      -- A record merged into another is history, found through the one it joined.
      where ${reach.visible} and ${cases.mergedInto} is null and ${persons.mergedInto} is null
        and ${exceptCondition}
      order by k.rank desc,
        (${persons.dateOfBirth} = ${query.dateOfBirth ?? null}::date) is true desc,
        (${persons.birthYear} = ${year}::int) is true desc
      limit 100
    )
    select r.case_id,
      (select coalesce(max(similarity(pn.searchable, q.name)), 0) from person_names pn, q_names q
        where pn.person_id = p.id) as name_similarity,
      (select count(distinct qs.token) from person_name_sounds s join q_sounds qs on qs.sound = s.sound
        where s.person_id = p.id)::int as sound_tokens,
      (select bool_or(pn.searchable like '%' || q.name || '%') from person_names pn, q_names q
        where pn.person_id = p.id) as contained,
      p.date_of_birth::text as date_of_birth, p.birth_year,
      exists (select 1 from by_identifier b where b.person_id = p.id) as same_identifier,
      exists (select 1 from by_phone b where b.person_id = p.id) as same_phone
    from reachable r join ${persons} p on p.id = r.person_id`)) as unknown as { rows: EvidenceRow[] };

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

  const summaries = await summariesOf(
    db,
    assessed.map((a) => a.caseId),
  );
  const byId = new Map(summaries.map((s) => [s.case.id, toCaseSummary(s)]));
  return assessed.flatMap((a) => {
    const summary = byId.get(a.caseId);
    return summary ? [{ ...a.assessment, case: summary }] : [];
  });
}

/**
 * The word pairs to look a name up by, with the spellings close to each word:
 * the vocabulary's nearest words by trigrams, and for scripts trigrams split
 * poorly (Arabic), the words that contain it or that it contains.
 */
async function namePairsOf(db: Db, names: string[]): Promise<string[]> {
  const tokens = [...new Set(names.flatMap(nameTokens))];
  const nonLatin = names.some((n) => scriptOf(n) !== 'latin');
  const close = (await db.execute(sql`
    select q.token, w.word from unnest(${textArray(tokens)}) as q(token)
    cross join lateral (select word from ${nameWords} order by word <-> q.token limit 10) w
    where w.word = q.token or similarity(w.word, q.token) >= ${closeWordSimilarity}
    union
    select q.token, w.word from unnest(${textArray(tokens)}) as q(token)
    join ${nameWords} w on ${nonLatin} and (w.word like '%' || q.token || '%' or q.token like '%' || w.word || '%')
    `)) as unknown as { rows: { token: string; word: string }[] };
  const spellings = new Map<string, string[]>();
  for (const { token, word } of close.rows) spellings.set(token, [...(spellings.get(token) ?? []), word]);
  return [
    ...new Set(names.flatMap((n) => wordPairs(nameTokens(n).map((t) => [t, ...(spellings.get(t) ?? [])])))),
  ];
}

function birthEvidence(query: DuplicateQuery, row: EvidenceRow) {
  if (query.dateOfBirth && row.date_of_birth)
    return query.dateOfBirth === row.date_of_birth ? 'same' : 'different';
  const year = query.birthYear ?? (query.dateOfBirth ? Number(query.dateOfBirth.slice(0, 4)) : null);
  const theirs = row.birth_year ?? (row.date_of_birth ? Number(row.date_of_birth.slice(0, 4)) : null);
  if (year === null || theirs === null) return 'unknown';
  return year === theirs ? 'same_year' : 'different';
}
