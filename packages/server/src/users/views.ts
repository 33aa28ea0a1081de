import { roles, scopes } from '@reintegra/domain';
import { z } from 'zod';
import type { users } from './tables.ts';

export const roleSchema = z.enum(roles).describe('Role, which decides what the user may do');
export const scopeSchema = z.enum(scopes).describe('How far the user sees records');
export const languageSchema = z.enum(['en', 'fr', 'ar']);

/** A user as administrators see it. Never the hashes or the TOTP secret. */
export const userView = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    role: roleSchema,
    scope: scopeSchema,
    missionId: z.uuid().nullable(),
    officeId: z.uuid().nullable(),
    serviceProviderId: z.uuid().nullable().describe('A referral partner’s organisation'),
    language: languageSchema,
    active: z.boolean(),
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
    lockedUntil: z.iso.datetime().nullable(),
    lastLoginAt: z.iso.datetime().nullable(),
    version: z.int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });
export type UserView = z.infer<typeof userView>;

export function toUserView(user: typeof users.$inferSelect): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    role: user.role,
    scope: user.scope,
    missionId: user.missionId,
    officeId: user.officeId,
    serviceProviderId: user.serviceProviderId,
    language: languageSchema.catch('en').parse(user.language),
    active: user.active,
    mustChangePassword: user.mustChangePassword,
    totpEnabled: user.totpEnabled,
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
  };
}

/** A colleague as other staff see them in the directory. */
export const staffView = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    role: roleSchema,
    missionId: z.uuid().nullable(),
    officeId: z.uuid().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'StaffMember' });

export function toStaffView(user: typeof users.$inferSelect): z.infer<typeof staffView> {
  return {
    id: user.id,
    displayName: user.displayName,
    role: user.role,
    missionId: user.missionId,
    officeId: user.officeId,
    active: user.active,
  };
}
