import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyReply,
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

/** The types a file may be uploaded as; what it really is, is read from its bytes. */
export const uploadTypes = [
  'application/octet-stream',
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
];

/**
 * Takes bodies of these types as raw bytes, up to `bodyLimit`, on the routes
 * of `scoped` only: every other route takes small JSON.
 */
export function acceptBytes(scoped: Api, types: string[], bodyLimit: number): void {
  scoped.addContentTypeParser(types, { parseAs: 'buffer', bodyLimit }, (_req, body, done) =>
    done(null, body),
  );
}

/** Headers that make the answer a file to save under its name, never kept in a cache. */
export function asDownload(reply: FastifyReply, contentType: string, fileName: string): FastifyReply {
  return reply
    .type(contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('cache-control', 'no-store');
}
