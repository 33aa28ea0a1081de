import { z } from 'zod';
import type { Clock } from '../platform/clock.ts';
import { actorOf } from '../platform/guard.ts';
import type { Api } from '../platform/http.ts';
import { markRead, notificationsOf, partnerKinds } from './service.ts';
import { notificationKinds } from './tables.ts';

const signedIn = { permission: null } as const;

const notificationView = z
  .object({
    id: z.uuid(),
    kind: z.enum(notificationKinds),
    referralId: z.uuid(),
    caseId: z.uuid().nullable().describe('Given to staff only: a partner never learns the case id'),
    service: z.string(),
    status: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    read: z.boolean(),
  })
  .meta({ id: 'Notification' });

/** Each user's own notices: nobody reads another's, so the only rule is being signed in. */
export function notificationRoutes(app: Api, deps: { clock: Clock }): void {
  app.get(
    '/api/v1/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'The signed-in user’s latest notices and how many are unread',
        response: { 200: z.object({ unread: z.int(), notifications: z.array(notificationView) }) },
      },
      config: { access: signedIn },
    },
    async (req) => {
      const { rows, unread } = await notificationsOf(req.db, actorOf(req));
      return {
        unread,
        notifications: rows.map((r) => ({
          id: r.notification.id,
          kind: r.notification.kind,
          referralId: r.notification.referralId,
          caseId: partnerKinds.includes(r.notification.kind) ? null : r.caseId,
          service: r.service,
          status: r.status,
          createdAt: r.notification.createdAt.toISOString(),
          read: r.notification.readAt !== null,
        })),
      };
    },
  );

  app.post(
    '/api/v1/notifications/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark notices read: the ones named, or all',
        body: z.union([
          z.strictObject({ ids: z.array(z.uuid()).min(1).max(100) }),
          z.strictObject({ all: z.literal(true) }),
        ]),
        response: { 204: z.null() },
      },
      config: { access: signedIn, audit: { action: 'notifications.read', recordType: 'user' } },
    },
    async (req, reply) => {
      await markRead(req.db, actorOf(req), 'ids' in req.body ? req.body.ids : 'all', deps.clock.now());
      reply.code(204);
      return null;
    },
  );
}
