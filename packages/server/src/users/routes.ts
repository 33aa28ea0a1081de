import { z } from 'zod';
import { actorOf } from '../platform/guard.ts';
import { type Api, booleanQuery, idParams, listOf, page } from '../platform/http.ts';
import {
  createUser,
  getUser,
  getUserInScope,
  listUsers,
  resetPassword,
  unlockUser,
  updateUser,
} from './service.ts';
import {
  languageSchema,
  roleSchema,
  scopeSchema,
  staffView,
  toStaffView,
  toUserView,
  userView,
} from './views.ts';

const username = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-zA-Z0-9._-]+$/, 'Letters, digits, dot, dash and underscore only');
const displayName = z.string().trim().min(1).max(200);
const email = z.email().max(254).nullable();

const listQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  role: roleSchema.optional(),
  officeId: z.uuid().optional(),
  missionId: z.uuid().optional(),
  active: booleanQuery.optional(),
  ...page,
});

export function userRoutes(app: Api): void {
  const manage = { access: { permission: 'users.manage' as const } };

  app.get(
    '/api/v1/admin/users',
    {
      schema: {
        tags: ['users'],
        summary: 'List user accounts',
        querystring: listQuery,
        response: { 200: listOf(userView) },
      },
      config: { ...manage, audit: { action: 'user.list', recordType: 'user' } },
    },
    async (req) => {
      const { items, total } = await listUsers(req.db, actorOf(req), req.query);
      return { items: items.map(toUserView), total };
    },
  );

  app.post(
    '/api/v1/admin/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create a user account',
        description:
          'Without a password, a temporary one is returned once and must be changed at first sign-in.',
        body: z.strictObject({
          username,
          displayName,
          email: email.optional(),
          role: roleSchema,
          scope: scopeSchema.optional(),
          missionId: z.uuid().nullable().optional(),
          officeId: z.uuid().nullable().optional(),
          serviceProviderId: z.uuid().nullable().optional().describe('A referral partner’s organisation'),
          language: languageSchema.optional(),
          password: z.string().max(256).optional(),
        }),
        response: { 201: z.object({ user: userView, temporaryPassword: z.string().nullable() }) },
      },
      config: { ...manage, audit: { action: 'user.create', recordType: 'user' } },
    },
    async (req, reply) => {
      const { user, temporaryPassword } = await createUser(req.db, req.body);
      req.auditRecord = { id: user.id, details: { role: user.role } };
      reply.code(201);
      return { user: toUserView(user), temporaryPassword };
    },
  );

  app.get(
    '/api/v1/admin/users/:id',
    {
      schema: { tags: ['users'], summary: 'One user account', params: idParams, response: { 200: userView } },
      config: { ...manage, audit: { action: 'user.read', recordType: 'user' } },
    },
    async (req) => toUserView(await getUser(req.db, req.params.id)),
  );

  app.patch(
    '/api/v1/admin/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Change a user account',
        description: 'Send the `version` you read; a stale one gets 409 and nothing changes.',
        params: idParams,
        body: z.strictObject({
          version: z.int().min(1),
          displayName: displayName.optional(),
          email: email.optional(),
          language: languageSchema.optional(),
          role: roleSchema.optional(),
          scope: scopeSchema.optional(),
          missionId: z.uuid().nullable().optional(),
          officeId: z.uuid().nullable().optional(),
          serviceProviderId: z.uuid().nullable().optional().describe('A referral partner’s organisation'),
          active: z.boolean().optional(),
        }),
        response: { 200: userView },
      },
      config: { ...manage, audit: { action: 'user.update', recordType: 'user' } },
    },
    async (req) => {
      const { version, ...changes } = req.body;
      req.auditRecord = { details: { fields: Object.keys(changes) } };
      return toUserView(await updateUser(req.db, actorOf(req), req.params.id, req.body));
    },
  );

  app.post(
    '/api/v1/admin/users/:id/reset-password',
    {
      schema: {
        tags: ['users'],
        summary: 'Give a user a new temporary password',
        params: idParams,
        response: { 200: z.object({ temporaryPassword: z.string() }) },
      },
      config: { ...manage, audit: { action: 'user.reset_password', recordType: 'user' } },
    },
    async (req) => ({ temporaryPassword: await resetPassword(req.db, req.params.id) }),
  );

  app.post(
    '/api/v1/admin/users/:id/unlock',
    {
      schema: {
        tags: ['users'],
        summary: 'Lift a sign-in lockout',
        params: idParams,
        response: { 200: userView },
      },
      config: { ...manage, audit: { action: 'user.unlock', recordType: 'user' } },
    },
    async (req) => toUserView(await unlockUser(req.db, req.params.id)),
  );

  app.get(
    '/api/v1/staff',
    {
      schema: {
        tags: ['staff'],
        summary: 'Colleagues within your scope',
        querystring: listQuery,
        response: { 200: listOf(staffView) },
      },
      config: { access: { permission: 'staff.read' }, audit: { action: 'staff.list', recordType: 'user' } },
    },
    async (req) => {
      const { items, total } = await listUsers(req.db, actorOf(req), req.query);
      return { items: items.map(toStaffView), total };
    },
  );

  app.get(
    '/api/v1/staff/:id',
    {
      schema: { tags: ['staff'], summary: 'One colleague', params: idParams, response: { 200: staffView } },
      config: { access: { permission: 'staff.read' }, audit: { action: 'staff.read', recordType: 'user' } },
    },
    async (req) => toStaffView(await getUserInScope(req.db, actorOf(req), req.params.id)),
  );
}
