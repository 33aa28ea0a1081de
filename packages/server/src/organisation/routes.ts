import { missionRoles } from '@reintegra/domain';
import { z } from 'zod';
import { type Api, booleanQuery, idParams, listOf } from '../platform/http.ts';
import {
  createMission,
  createOffice,
  getMission,
  getOffice,
  listMissions,
  listOffices,
  updateMission,
  updateOffice,
} from './service.ts';
import type { missions, offices } from './tables.ts';

const missionView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    countryCode: z.string(),
    role: z.enum(missionRoles),
    active: z.boolean(),
    version: z.int(),
  })
  .meta({ id: 'Mission' });
const officeView = z
  .object({
    id: z.uuid(),
    missionId: z.uuid(),
    name: z.string(),
    location: z.string(),
    active: z.boolean(),
    version: z.int(),
  })
  .meta({ id: 'Office' });

const toMissionView = (m: typeof missions.$inferSelect): z.infer<typeof missionView> => ({
  id: m.id,
  name: m.name,
  countryCode: m.countryCode,
  role: m.role,
  active: m.active,
  version: m.version,
});
const toOfficeView = (o: typeof offices.$inferSelect): z.infer<typeof officeView> => ({
  id: o.id,
  missionId: o.missionId,
  name: o.name,
  location: o.location,
  active: o.active,
  version: o.version,
});

const name = z.string().trim().min(1).max(200);
const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code in capitals, such as SN or MA')
  .describe('ISO 3166-1 alpha-2 country code');
const missionRole = z.enum(missionRoles).describe('host: returns start here; origin: returnees arrive here');

export function organisationRoutes(app: Api): void {
  const read = { access: { permission: 'organisation.read' as const } };
  const manage = { permission: 'organisation.manage' as const };

  app.get(
    '/api/v1/missions',
    {
      schema: { tags: ['organisation'], summary: 'Country missions', response: { 200: listOf(missionView) } },
      config: read,
    },
    async (req) => {
      const items = (await listMissions(req.db)).map(toMissionView);
      return { items, total: items.length };
    },
  );

  app.get(
    '/api/v1/missions/:id',
    {
      schema: {
        tags: ['organisation'],
        summary: 'One country mission',
        params: idParams,
        response: { 200: missionView },
      },
      config: read,
    },
    async (req) => toMissionView(await getMission(req.db, req.params.id)),
  );

  app.post(
    '/api/v1/missions',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Add a country mission',
        body: z.strictObject({ name, countryCode, role: missionRole }),
        response: { 201: missionView },
      },
      config: { access: manage, audit: { action: 'mission.create', recordType: 'mission' } },
    },
    async (req, reply) => {
      const mission = await createMission(req.db, req.body);
      req.auditRecord = { id: mission.id };
      reply.code(201);
      return toMissionView(mission);
    },
  );

  app.patch(
    '/api/v1/missions/:id',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Change a country mission',
        params: idParams,
        body: z.strictObject({
          version: z.int().min(1),
          name: name.optional(),
          countryCode: countryCode.optional(),
          role: missionRole.optional(),
          active: z.boolean().optional(),
        }),
        response: { 200: missionView },
      },
      config: { access: manage, audit: { action: 'mission.update', recordType: 'mission' } },
    },
    async (req) => toMissionView(await updateMission(req.db, req.params.id, req.body)),
  );

  app.get(
    '/api/v1/offices',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Offices, optionally of one mission',
        querystring: z.strictObject({ missionId: z.uuid().optional(), active: booleanQuery.optional() }),
        response: { 200: listOf(officeView) },
      },
      config: read,
    },
    async (req) => {
      const items = (await listOffices(req.db, req.query))
        .filter((o) => req.query.active === undefined || o.active === req.query.active)
        .map(toOfficeView);
      return { items, total: items.length };
    },
  );

  app.get(
    '/api/v1/offices/:id',
    {
      schema: {
        tags: ['organisation'],
        summary: 'One office',
        params: idParams,
        response: { 200: officeView },
      },
      config: read,
    },
    async (req) => toOfficeView(await getOffice(req.db, req.params.id)),
  );

  app.post(
    '/api/v1/offices',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Add an office to a mission',
        body: z.strictObject({ missionId: z.uuid(), name, location: z.string().trim().max(200).default('') }),
        response: { 201: officeView },
      },
      config: { access: manage, audit: { action: 'office.create', recordType: 'office' } },
    },
    async (req, reply) => {
      const office = await createOffice(req.db, req.body);
      req.auditRecord = { id: office.id };
      reply.code(201);
      return toOfficeView(office);
    },
  );

  app.patch(
    '/api/v1/offices/:id',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Change an office',
        params: idParams,
        body: z.strictObject({
          version: z.int().min(1),
          name: name.optional(),
          location: z.string().trim().max(200).optional(),
          active: z.boolean().optional(),
        }),
        response: { 200: officeView },
      },
      config: { access: manage, audit: { action: 'office.update', recordType: 'office' } },
    },
    async (req) => toOfficeView(await updateOffice(req.db, req.params.id, req.body)),
  );
}
