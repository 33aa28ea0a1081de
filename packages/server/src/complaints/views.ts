import {
  complaintChannels,
  complaintHandlingStatuses,
  complaintKinds,
  complaintSubjects,
  nextHandlingStatuses,
  satisfactionAnswers,
} from '@reintegra/domain';
import { z } from 'zod';
import type { NamedComplaint } from './service.ts';

const person = z.object({ id: z.uuid(), displayName: z.string() });

export const complaintView = z
  .object({
    id: z.uuid(),
    kind: z.enum(complaintKinds),
    channel: z.enum(complaintChannels),
    about: z.enum(complaintSubjects),
    subject: z.string(),
    case: z.object({ id: z.uuid(), reference: z.string() }).nullable(),
    concernedUser: person.nullable(),
    receivedOn: z.iso.date(),
    anonymous: z.boolean(),
    complainantName: z.string(),
    complainantContact: z.string(),
    satisfaction: z.enum(satisfactionAnswers).nullable(),
    status: z.enum(complaintHandlingStatuses),
    nextStatuses: z.array(z.enum(complaintHandlingStatuses)).describe('Where the handling may go next'),
    resolution: z.string(),
    dismissalReason: z.string(),
    closedOn: z.iso.date().nullable(),
    handler: person,
    missionId: z.uuid(),
    officeId: z.uuid().nullable(),
    recordedBy: person,
    recordedAt: z.iso.datetime(),
    version: z.int(),
  })
  .meta({ id: 'Complaint' });

export function toComplaintView(row: NamedComplaint): z.infer<typeof complaintView> {
  const c = row.complaint;
  return {
    id: c.id,
    kind: c.kind,
    channel: c.channel,
    about: c.about,
    subject: c.subject,
    case: c.caseId && row.caseReference ? { id: c.caseId, reference: row.caseReference } : null,
    concernedUser:
      c.concernedUserId && row.concernedName
        ? { id: c.concernedUserId, displayName: row.concernedName }
        : null,
    receivedOn: c.receivedOn,
    anonymous: c.anonymous,
    complainantName: c.complainantName,
    complainantContact: c.complainantContact,
    satisfaction: c.satisfaction,
    status: c.status,
    nextStatuses: nextHandlingStatuses(c.status),
    resolution: c.resolution,
    dismissalReason: c.dismissalReason,
    closedOn: c.closedOn,
    handler: { id: c.handlerId, displayName: row.handlerName },
    missionId: c.missionId,
    officeId: c.officeId,
    recordedBy: { id: c.recordedBy, displayName: row.recorderName },
    recordedAt: c.recordedAt.toISOString(),
    version: c.version,
  };
}
