import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../platform/db.ts';
import type { Api } from '../platform/http.ts';

export function healthRoutes(app: Api, database: Database, version: string): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Is the server up and its database reachable',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgres']),
            version: z.string(),
          }),
        },
      },
    },
    async () => {
      await database.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: database.kind, version };
    },
  );
}
