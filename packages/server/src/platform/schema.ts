// Every table, for drizzle-kit and for the typed database handle.
export * from '../assessments/tables.ts';
export * from '../audit/tables.ts';
export * from '../auth/tables.ts';
export * from '../cases/tables.ts';
export * from '../complaints/tables.ts';
export * from '../exports/tables.ts';
export * from '../indicators/tables.ts';
export * from '../jobs/tables.ts';
export * from '../notifications/tables.ts';
export * from '../organisation/tables.ts';
export * from '../people/tables.ts';
export * from '../plans/tables.ts';
export * from '../referrals/tables.ts';
export * from '../results/tables.ts';
export * from '../rss/tables.ts';
export * from '../users/tables.ts';
