import {
  attachmentKinds,
  attachmentTypes,
  avrrCategories,
  type ClosureReason,
  casePhases,
  caseStatuses,
  closureReasonCodes,
  isChild,
  isOverdue,
  monthsAway,
  nameScripts,
  nextStatuses,
  relationships,
  returnAssistance,
  returnMotivations,
  returnPermanence,
  returnTransport,
  returnVoluntariness,
  taskKinds,
  taskStatuses,
  transferRecipients,
  transferStatuses,
  vulnerabilities,
} from '@reintegra/domain';
import { z } from 'zod';
import type { persons } from '../people/tables.ts';
import type { caseFile } from './service.ts';
import type { cases, caseTasks } from './tables.ts';

export const nameView = z.object({
  script: z.enum(nameScripts),
  givenNames: z.string(),
  familyName: z.string(),
  primary: z.boolean(),
});

export const caseSummaryView = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    phase: z.enum(casePhases),
    status: z.enum(caseStatuses),
    officeId: z.uuid(),
    missionId: z.uuid(),
    sensitive: z.boolean(),
    vulnerabilities: z.array(z.enum(vulnerabilities)),
    caseManagementType: z.enum(['generalist', 'intensive']).nullable(),
    person: z.object({
      id: z.uuid(),
      name: z.string().describe('Primary name, "given family"'),
      sex: z.enum(['female', 'male', 'unknown']),
      dateOfBirth: z.string().nullable(),
      birthYear: z.int().nullable(),
      nationality: z.string().nullable(),
    }),
    nextDueOn: z.iso.date().nullable().describe('The day the first open task is due'),
    updatedAt: z.iso.datetime(),
    version: z.int(),
  })
  .meta({ id: 'CaseSummary' });
export type CaseSummary = z.infer<typeof caseSummaryView>;

type SummaryRow = { case: typeof cases.$inferSelect; person: typeof persons.$inferSelect; name: string };

export function toCaseSummary(row: SummaryRow): CaseSummary {
  const c = row.case;
  return {
    id: c.id,
    reference: c.reference,
    phase: c.phase,
    status: c.status,
    officeId: c.officeId,
    missionId: c.missionId,
    sensitive: c.sensitive,
    vulnerabilities: c.vulnerabilities,
    caseManagementType: c.caseManagementType,
    person: {
      id: row.person.id,
      name: row.name,
      sex: row.person.sex,
      dateOfBirth: row.person.dateOfBirth,
      birthYear: row.person.birthYear,
      nationality: row.person.nationality,
    },
    nextDueOn: c.nextDueOn,
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}

export const taskView = z
  .object({
    id: z.uuid(),
    kind: z.enum(taskKinds),
    title: z.string(),
    topic: z
      .string()
      .nullable()
      .describe('For tasks the system starts: the survey round (`interim`) or the dimension (`social`)'),
    dueOn: z.iso.date(),
    assigneeId: z.uuid().nullable().describe('Nobody named: the whole team of the case'),
    status: z.enum(taskStatuses),
    overdue: z.boolean().describe('Open and its day has passed'),
    closedAt: z.iso.datetime().nullable(),
    version: z.int(),
  })
  .meta({ id: 'Task' });

export function toTaskView(t: typeof caseTasks.$inferSelect, today: string): z.infer<typeof taskView> {
  return {
    id: t.id,
    kind: t.kind,
    title: t.title,
    topic: t.topic,
    dueOn: t.dueOn,
    assigneeId: t.assigneeId,
    status: t.status,
    overdue: isOverdue(t, today),
    closedAt: t.closedAt?.toISOString() ?? null,
    version: t.version,
  };
}

const mergeOutcomeView = z.object({
  field: z.string(),
  kept: z.unknown(),
  survivor: z.unknown(),
  merged: z.unknown(),
  from: z.enum(['survivor', 'merged', 'both']),
});

export const caseFileView = z
  .object({
    summary: caseSummaryView,
    resumeStatus: z.enum(caseStatuses).nullable(),
    person: z.object({
      id: z.uuid(),
      sex: z.enum(['female', 'male', 'unknown']),
      gender: z.string().nullable(),
      dateOfBirth: z.string().nullable(),
      birthYear: z.int().nullable(),
      birthDateEstimated: z.boolean(),
      nationality: z.string().nullable(),
      languages: z.array(z.string()),
      placeOfOrigin: z.string().nullable(),
      placeOfIntendedReturn: z.string().nullable(),
      names: z.array(nameView),
      phones: z.array(z.object({ e164: z.string(), raw: z.string(), active: z.boolean() })),
      identifiers: z.array(
        z.object({ kind: z.string(), value: z.string(), issuingCountry: z.string().nullable() }),
      ),
    }),
    assignments: z.array(
      z.object({ id: z.uuid(), userId: z.uuid(), function: z.string(), assignedAt: z.iso.datetime() }),
    ),
    screening: z
      .object({
        programme: z.string(),
        eligible: z.boolean(),
        reasons: z.string(),
        needsMediumToLongTermServices: z.boolean(),
        atMediumToHighRisk: z.boolean(),
        overridden: z.boolean(),
        screenedAt: z.iso.datetime(),
      })
      .nullable(),
    consents: z.array(
      z.object({
        id: z.uuid(),
        purpose: z.string(),
        method: z.string(),
        givenBy: z.string(),
        witnessedBy: z.string().nullable(),
        givenAt: z.iso.datetime(),
        withdrawnAt: z.iso.datetime().nullable(),
      }),
    ),
    timeline: z.array(
      z.object({
        at: z.iso.datetime(),
        actorId: z.uuid().nullable(),
        kind: z.string(),
        details: z.record(z.string(), z.unknown()),
      }),
    ),
    notes: z
      .array(
        z.object({
          id: z.uuid(),
          authorId: z.uuid(),
          body: z.string(),
          confidential: z.boolean(),
          createdAt: z.iso.datetime(),
        }),
      )
      .describe('Newest first; confidential notes only where the reader’s role allows'),
    staff: z
      .array(z.object({ id: z.uuid(), displayName: z.string() }))
      .describe('Names of the staff the assignments and the timeline mention'),
    closure: z
      .object({
        reason: z.enum(closureReasonCodes as [ClosureReason, ...ClosureReason[]]),
        outcome: z.enum(['pending', 'approved', 'returned']),
        planReviewed: z.boolean(),
        exitInterviewDone: z.boolean(),
        unmetNeedsRecorded: z.boolean(),
        handOverConsented: z.enum(['yes', 'no', 'not_applicable']),
        unmetNeeds: z.string(),
        notes: z.string(),
        proposedAt: z.iso.datetime(),
      })
      .nullable()
      .describe('The latest closure proposal'),
    tasks: z.array(taskView).describe('Soonest due first, open and closed'),
    merges: z
      .array(
        z.object({
          decidedAt: z.iso.datetime(),
          decidedBy: z.uuid(),
          fields: z
            .array(mergeOutcomeView)
            .describe('Every field’s value on both records before the merge, and which was kept'),
          added: z.object({
            names: z.array(z.string()),
            phones: z.array(z.string()),
            identifiers: z.array(z.string()),
          }),
        }),
      )
      .describe('Duplicate records merged into this person’s record, oldest first'),
    attachments: z
      .array(
        z.object({
          id: z.uuid(),
          kind: z.enum(attachmentKinds),
          contentType: z.enum(attachmentTypes),
          fileName: z.string(),
          description: z.string(),
          size: z.int(),
          uploadedBy: z.uuid(),
          uploadedAt: z.iso.datetime(),
        }),
      )
      .describe('Newest first; download each from /cases/{id}/attachments/{attachmentId}'),
    migration: z
      .object({
        hostCountry: z.string().nullable(),
        stays: z.array(
          z.object({ country: z.string(), from: z.string().nullable(), to: z.string().nullable() }),
        ),
        reasonsForMigrating: z.string(),
        motivations: z.array(z.enum(returnMotivations)),
        avrrCategory: z.enum(avrrCategories).nullable(),
        assistance: z.enum(returnAssistance).nullable(),
        voluntariness: z.enum(returnVoluntariness).nullable(),
        permanence: z.enum(returnPermanence).nullable(),
        transport: z.enum(returnTransport).nullable(),
        plannedReturnOn: z.string().nullable(),
        returnedOn: z.string().nullable(),
        monthsAway: z.int().nullable().describe('From the first stay abroad to the return'),
        version: z.int(),
      })
      .nullable()
      .describe('The migration and the return; null until recorded'),
    transfers: z
      .array(
        z.object({
          id: z.uuid(),
          recipient: z.enum(transferRecipients),
          organisation: z.string(),
          contactName: z.string(),
          contactDetails: z.string(),
          reason: z.string(),
          summary: z.string(),
          status: z.enum(transferStatuses),
          proposedBy: z.uuid(),
          proposedAt: z.iso.datetime(),
          decidedBy: z.uuid().nullable(),
          decidedAt: z.iso.datetime().nullable(),
          decisionReason: z.string().nullable(),
          receivedAt: z.iso.datetime().nullable(),
          version: z.int(),
        }),
      )
      .describe('Transfers to partners or government, newest first'),
    household: z
      .object({
        id: z.uuid(),
        version: z.int(),
        members: z.array(
          z.object({
            id: z.uuid(),
            personId: z.uuid(),
            name: z.string(),
            sex: z.enum(['female', 'male', 'unknown']),
            dateOfBirth: z.string().nullable(),
            birthYear: z.int().nullable(),
            child: z.boolean().nullable().describe('Under 18 today; null when the age is unknown'),
            relationship: z.enum(relationships).describe('To the household’s reference person'),
            returnsTogether: z.boolean(),
            joinedAt: z.iso.datetime(),
            case: z
              .object({ id: z.uuid(), reference: z.string() })
              .nullable()
              .describe('The member’s own case, when there is one you may see'),
          }),
        ),
      })
      .nullable(),
    mergedInto: z
      .object({ id: z.uuid(), reference: z.string() })
      .nullable()
      .describe('Set when this case was a duplicate merged into another; it is then closed'),
    nextStatuses: z.array(z.enum(caseStatuses)).describe('Moves the lifecycle allows from here'),
  })
  .meta({ id: 'CaseFile' });

/** The case page's data as the API shows it: only the fields the view names leave the server. */
export function toCaseFileView(
  file: Awaited<ReturnType<typeof caseFile>>,
  today: string,
): z.infer<typeof caseFileView> {
  const screening = file.screenings[0];
  const primary = file.names.find((n) => n.primary) ?? file.names[0];
  return {
    summary: toCaseSummary({
      case: file.case,
      person: file.person,
      name: primary ? `${primary.givenNames} ${primary.familyName}`.trim() : '',
    }),
    resumeStatus: file.case.resumeStatus,
    person: { ...file.person, names: file.names, phones: file.phones, identifiers: file.identifiers },
    assignments: file.assignments.map((a) => ({
      id: a.id,
      userId: a.userId,
      function: a.function,
      assignedAt: a.assignedAt.toISOString(),
    })),
    screening: screening
      ? { ...screening, overridden: !!screening.overrideBy, screenedAt: screening.screenedAt.toISOString() }
      : null,
    consents: file.consents.map((c) => ({
      ...c,
      givenAt: c.givenAt.toISOString(),
      withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
    })),
    timeline: file.events.map((e) => ({
      at: e.at.toISOString(),
      actorId: e.actorId,
      kind: e.kind,
      details: e.details,
    })),
    staff: file.staff,
    notes: file.notes.map((n) => ({
      id: n.id,
      authorId: n.authorId,
      body: n.body,
      confidential: n.confidential,
      createdAt: n.createdAt.toISOString(),
    })),
    closure: file.closure ? { ...file.closure, proposedAt: file.closure.proposedAt.toISOString() } : null,
    tasks: file.tasks.map((t) => toTaskView(t, today)),
    merges: file.merges.map((m) => ({
      decidedAt: m.decidedAt.toISOString(),
      decidedBy: m.decidedBy,
      fields: m.fields as z.infer<typeof mergeOutcomeView>[],
      added: m.added,
    })),
    attachments: file.attachments.map((a) => ({
      id: a.id,
      kind: a.kind,
      contentType: a.contentType,
      fileName: a.fileName,
      description: a.description,
      size: a.size,
      uploadedBy: a.uploadedBy,
      uploadedAt: a.uploadedAt.toISOString(),
    })),
    migration: file.migration && {
      ...file.migration,
      monthsAway: monthsAway(file.migration.stays, file.migration.returnedOn),
    },
    transfers: file.transfers.map((t) => ({
      id: t.id,
      recipient: t.recipient,
      organisation: t.organisation,
      contactName: t.contactName,
      contactDetails: t.contactDetails,
      reason: t.reason,
      summary: t.summary,
      status: t.status,
      proposedBy: t.proposedBy,
      proposedAt: t.proposedAt.toISOString(),
      decidedBy: t.decidedBy,
      decidedAt: t.decidedAt?.toISOString() ?? null,
      decisionReason: t.decisionReason,
      receivedAt: t.receivedAt?.toISOString() ?? null,
      version: t.version,
    })),
    mergedInto: file.mergedInto,
    household: file.household && {
      ...file.household,
      members: file.household.members.map((m) => ({ ...m, child: isChild(m, today) })),
    },
    nextStatuses: nextStatuses(file.case),
  };
}

export const duplicateView = z.object({
  score: z.number().describe('0 to 1; 1 is certainly the same person'),
  reasons: z.array(z.string()),
  case: caseSummaryView,
});
