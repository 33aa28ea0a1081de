import type { FastifyInstance } from 'fastify';

/** A body property as OpenAPI gives it: a nullable one is `anyOf` a type and null. */
export interface PropertySchema {
  type?: string | string[];
  anyOf?: PropertySchema[];
}

export interface DocumentedRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** With path parameters filled with a random id. */
  url: string;
  template: string;
  requestBody: { properties?: Record<string, PropertySchema>; required?: string[] } | null;
}

/** Every /api/v1 route, read from the generated OpenAPI document. */
export function apiRoutes(app: FastifyInstance): DocumentedRoute[] {
  const doc = (app as unknown as { swagger(): { paths: Record<string, Record<string, unknown>> } }).swagger();
  const routes: DocumentedRoute[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/v1/')) continue;
    for (const [method, operation] of Object.entries(operations)) {
      const op = operation as {
        requestBody?: { content?: { 'application/json'?: { schema?: DocumentedRoute['requestBody'] } } };
      };
      routes.push({
        method: method.toUpperCase() as DocumentedRoute['method'],
        template: path,
        url: path.replace(/\{[^}]+\}/g, '5a0c2a71-1d6c-4a53-9f3e-6f1f9c2b7e11'),
        requestBody: op.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return routes;
}
