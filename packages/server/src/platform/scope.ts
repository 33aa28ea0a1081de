import { type Column, eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from './actor.ts';

/**
 * The SQL form of `scopeReaches` from the domain package, for lists: the rows
 * of a table that an actor's scope reaches. `owned` says which rows are the
 * actor's own (assigned to them, or their own user record).
 */
export function withinScope(actor: Actor, columns: { officeId: Column; missionId: Column }, owned: SQL): SQL {
  switch (actor.scope) {
    case 'all':
      return sql`true`;
    case 'mission':
      return actor.missionId ? sql`(${eq(columns.missionId, actor.missionId)} or ${owned})` : owned;
    case 'office':
      return actor.officeId ? sql`(${eq(columns.officeId, actor.officeId)} or ${owned})` : owned;
    case 'own':
      return owned;
  }
}
