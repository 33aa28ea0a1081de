// The one way the web app talks to the server. Sends the session cookie, adds
// the CSRF token on writes, and turns every failure into an ApiError.

export interface FieldProblem {
  field: string;
  /** Machine-readable reason, such as `too_small` or `office_required`. */
  code: string;
  message: string;
}

/** A failure as the server describes it: `{error:{code,message,fields?}}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldProblem[];
  constructor(status: number, code: string, message: string, fields: FieldProblem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  /**
   * Field problems keyed by form field. The server names them by where they
   * were sent (`body.officeId`, `body.person.phones.0`); forms know them
   * without the prefix (`officeId`, `person.phones.0`). `wording` picks the
   * sentence shown; by default the server's own.
   */
  fieldErrors(wording: (problem: FieldProblem) => string = (p) => p.message): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const problem of this.fields) {
      const name = problem.field.replace(/^(body|query|params)\./, '');
      byField[name] ??= wording(problem);
    }
    return byField;
  }
}

/** Codes that mean "the session is gone or cannot be used yet": the app reacts, not the page. */
export type SessionProblem = 'unauthenticated' | 'session_expired' | 'password_change_required';

let csrfToken: string | null = null;
let onSessionProblem: (problem: SessionProblem) => void = () => {};

/** Kept from the current Me: the server refuses writes without it (403 csrf_invalid). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function whenSessionProblem(handler: (problem: SessionProblem) => void): void {
  onSessionProblem = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

function url(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    // Empty filters are left out rather than sent as "": the server validates what it gets.
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
}

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  query?: Query,
  fileType = 'application/octet-stream',
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A file goes as its bytes: the server reads its type from them, not from what the browser claims.
  const file = body instanceof Blob;
  if (body !== undefined) headers['content-type'] = file ? fileType : 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(url(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : file ? body : JSON.stringify(body),
    });
  } catch {
    // Offices often have poor connections: say so plainly instead of a stack trace.
    throw new ApiError(0, 'network_error', 'The server could not be reached');
  }

  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;

  const error = (payload as { error?: { code?: string; message?: string; fields?: FieldProblem[] } } | null)
    ?.error;
  const failure = new ApiError(
    response.status,
    error?.code ?? `http_${response.status}`,
    error?.message ?? response.statusText,
    error?.fields ?? [],
  );
  const signingIn = path === '/auth/login';
  if (!signingIn && (failure.code === 'unauthenticated' || failure.code === 'session_expired')) {
    onSessionProblem(failure.code);
  } else if (failure.code === 'password_change_required') {
    onSessionProblem(failure.code);
  }
  throw failure;
}

export const api = {
  // A POST without a body still sends `{}`: Fastify refuses an empty body declared as JSON.
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T = void>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  /** Replaces a whole record (the migration and return of a case). */
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  // Some deletions answer with what remains (a case file after an assignment ends).
  delete: <T = void>(path: string) => request<T>('DELETE', path),
  /**
   * A file as the request body, with what describes it in the query (an attachment's kind and name).
   * `type` is for routes that read a named format (a CSV or XLSX export); attachments are typed by their bytes.
   */
  upload: <T>(path: string, file: Blob, query: Query, type?: string) =>
    request<T>('POST', path, file, query, type),
};

/** Where a file is read; the browser sends the session cookie with a plain link. */
export function fileUrl(path: string): string {
  return url(path);
}

export function attachmentUrl(caseId: string, attachmentId: string): string {
  return fileUrl(`/cases/${caseId}/attachments/${attachmentId}`);
}
