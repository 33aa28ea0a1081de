import { z } from 'zod';
import type { Clock } from '../platform/clock.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, idParams } from '../platform/http.ts';
import { caseRead } from './routing.ts';
import { deleteSavedFilter, listSavedFilters, saveFilter } from './saved-filters.ts';

const savedFilterView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    filters: z.record(z.string(), z.string()).describe('Query parameters of GET /cases'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'SavedFilter' });

const toView = (row: { id: string; name: string; filters: Record<string, string>; createdAt: Date }) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

/** Each user's named case-list filters. */
export function savedFilterRoutes(app: Api, deps: { clock: Clock }): void {
  app.get(
    '/api/v1/saved-filters',
    {
      schema: {
        tags: ['cases'],
        summary: 'Your saved case-list filters',
        response: { 200: z.object({ items: z.array(savedFilterView) }) },
      },
      config: { access: caseRead, audit: { action: 'saved_filter.list', recordType: 'saved_filter' } },
    },
    async (req) => ({ items: (await listSavedFilters(req.db, actorOf(req))).map(toView) }),
  );

  app.post(
    '/api/v1/saved-filters',
    {
      schema: {
        tags: ['cases'],
        summary: 'Save a case-list filter under a name',
        body: z.strictObject({
          name: z.string().trim().min(1).max(100),
          filters: z.record(z.string(), z.string().max(200)),
        }),
        response: { 201: savedFilterView },
      },
      config: { access: caseRead, audit: { action: 'saved_filter.create', recordType: 'saved_filter' } },
    },
    async (req, reply) => {
      const row = await saveFilter(req.db, actorOf(req), req.body, deps.clock.now());
      req.auditRecord = { id: row.id };
      reply.code(201);
      return toView(row);
    },
  );

  app.delete(
    '/api/v1/saved-filters/:id',
    {
      schema: { tags: ['cases'], summary: 'Delete one of your saved filters', params: idParams },
      config: { access: caseRead, audit: { action: 'saved_filter.delete', recordType: 'saved_filter' } },
    },
    async (req, reply) => {
      await deleteSavedFilter(req.db, actorOf(req), req.params.id);
      reply.code(204);
    },
  );
}
