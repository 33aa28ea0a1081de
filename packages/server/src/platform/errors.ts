import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

export interface FieldProblem {
  /** Where in the request: `body.officeId`, `querystring.limit`, `params.id`. */
  field: string;
  /** Machine-readable, for clients to translate: `too_small`, `unrecognized_keys`, `office_required`… */
  code: string;
  message: string;
}

/** The one error shape of the API: `{error:{code,message,fields?}}`. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: FieldProblem[] };
}

/** A failure the client can act on. `code` is stable and machine-readable; `message` is for people. */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldProblem[] | undefined;
  constructor(status: number, code: string, message: string, fields?: FieldProblem[]) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found`);
export const staleVersion = () =>
  new AppError(409, 'stale_version', 'The record was changed by someone else; reload it and try again');
/** A request field that passed the schema but breaks a rule; `field` as the client sent it, e.g. `body.officeId`. */
export const invalidField = (field: string, code: string, message: string) =>
  new AppError(400, 'invalid_input', message, [{ field, code, message }]);

export function errorBody(code: string, message: string, fields?: FieldProblem[]): ErrorBody {
  return { error: fields ? { code, message, fields } : { code, message } };
}

/** Maps every error to the one shape; unknown ones become a bare 500 with the request id. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      return reply.code(err.status).send(errorBody(err.code, err.message, err.fields));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const fields = err.validation.map((issue) => ({
        field: fieldName(where, issue.instancePath, issue.params),
        code: issue.keyword,
        message: issue.message ?? 'Invalid value',
      }));
      return reply
        .code(400)
        .send(errorBody('invalid_input', `Invalid ${where}: ${fields[0]?.field}`, fields));
    }
    const status = err.statusCode ?? 500;
    if (status === 413)
      return reply.code(413).send(errorBody('body_too_large', 'The request body is too large'));
    if (status === 415) return reply.code(415).send(errorBody('unsupported_media_type', err.message));
    if (status === 429) return reply.code(429).send(errorBody('rate_limited', err.message));
    if (status >= 400 && status < 500) {
      // Malformed JSON and similar parser failures.
      return reply
        .code(status)
        .send(
          errorBody('bad_request', err.message, [{ field: 'body', code: 'malformed', message: err.message }]),
        );
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send(errorBody('internal_error', `Something went wrong (request ${req.id})`));
  });
}

/** `body.officeId`, or for an unknown key `body.colour`: the path a client can find in what it sent. */
function fieldName(where: string, instancePath: string, params: unknown): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  const keys = (params as { keys?: string[] } | undefined)?.keys;
  const tail = keys?.length ? keys.join(',') : '';
  return [where, path, tail].filter(Boolean).join('.');
}
