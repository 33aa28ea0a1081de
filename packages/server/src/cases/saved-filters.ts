import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError, invalidField, notFound } from '../platform/errors.ts';
import { caseListQuery } from './schemas.ts';
import { savedFilters } from './tables.ts';

/** The list filters a saved filter may hold: everything the list takes but paging. */
const savable = caseListQuery.omit({ limit: true, offset: true });

export function listSavedFilters(db: Db, actor: Actor) {
  return db
    .select()
    .from(savedFilters)
    .where(eq(savedFilters.userId, actor.userId))
    .orderBy(asc(savedFilters.name));
}

/** Keeps a named list filter for its user; the filters are checked as the list would check them. */
export async function saveFilter(
  db: Db,
  actor: Actor,
  input: { name: string; filters: Record<string, string> },
  now: Date,
) {
  const parsed = savable.safeParse(input.filters);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // An unknown key (paging, a typo) is named as the client sent it.
    const key = issue?.path.length
      ? issue.path.join('.')
      : issue && 'keys' in issue
        ? issue.keys.join(',')
        : '';
    throw invalidField(`body.filters.${key}`, 'invalid', issue?.message ?? 'Invalid filter');
  }
  const [row] = await db
    .insert(savedFilters)
    .values({ userId: actor.userId, name: input.name, filters: input.filters, createdAt: now })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new AppError(409, 'name_taken', 'You already have a saved filter with this name');
  return row;
}

export async function deleteSavedFilter(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .delete(savedFilters)
    .where(and(eq(savedFilters.id, id), eq(savedFilters.userId, actor.userId)))
    .returning();
  if (!row) throw notFound('Saved filter');
}
