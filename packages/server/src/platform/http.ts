import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** The Fastify instance with Zod as its type provider, as every feature's routes receive it. */
export type Api = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export const idParams = z.strictObject({ id: z.uuid() });

/** `?limit=&offset=` on every list. */
export const page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.int() });

export const errorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

/** `?active=true|false` as a boolean (z.coerce.boolean would read "false" as true). */
export const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
