import { isoDay } from '@reintegra/domain';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../platform/clock.ts';
import { actorOf } from '../platform/guard.ts';
import { caseFile } from './service.ts';
import { toCaseFileView } from './views.ts';

/** The access rules of case routes: reading case files, and working on them. */
export const caseRead = { permission: 'cases.read' } as const;
export const caseWrite = { permission: 'cases.write' } as const;

/** The case file as the reader sees it now: what every command on a case answers with. */
export function caseFileAnswer(clock: Clock) {
  return async (req: FastifyRequest, id: string) =>
    toCaseFileView(await caseFile(req.db, actorOf(req), id), isoDay(clock.now()));
}
