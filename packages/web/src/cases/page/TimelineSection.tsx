import { SegmentedControl, Stack, Text } from '@mantine/core';
import {
  attachmentKinds,
  businessStages,
  businessStatuses,
  businessTypes,
  casePhases,
  caseStatuses,
  closureReasonCodes,
  counsellingTypes,
  migrationFields,
  relationships,
  rssRoundKinds,
  taskKinds,
  transferRecipients,
  vulnerabilities,
} from '@reintegra/domain';
import { Fragment, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile, TimelineEvent } from '../../api/types.ts';
import { useTrainingModules } from '../../business/words.tsx';
import { PlanTimelineText } from '../../plans/PlanTimelineText.tsx';
import { ReferralTimelineText } from '../../referrals/ReferralTimelineText.tsx';
import { useDates } from '../../ui/format.ts';
import { taskName } from '../tasks.ts';
import { consentPurposes } from './RecordConsentDialog.tsx';
import { Section } from './Section.tsx';
import { StaffName } from './StaffName.tsx';

const assignmentFunctions = ['protection', 'reintegration', 'mentor', 'supervisor'] as const;

/** Details are free-form on the wire: a word is translated only when it is one the app knows. */
function known<T extends string>(list: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (list as readonly string[]).includes(value) ? (value as T) : null;
}

/** Lists in details (task kinds, vulnerability flags), each item in words where known. */
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * What a change to a task did: closed it, reopened it, moved its day, gave it to
 * someone. One change can do several; each gets its own sentence.
 */
function TaskChangeText({ details }: { details: TimelineEvent['details'] }) {
  const { t } = useTranslation();
  const dates = useDates();
  const kind = known(taskKinds, details.kind);
  const task = kind ? t(`taskKinds.${kind}`) : '';
  const status = known(['open', 'done', 'cancelled'] as const, details.status);
  const parts: { key: string; text: ReactNode }[] = [];
  if (status === 'done') parts.push({ key: 'status', text: t('timeline.taskDone', { task }) });
  if (status === 'cancelled') parts.push({ key: 'status', text: t('timeline.taskCancelled', { task }) });
  if (status === 'open') parts.push({ key: 'status', text: t('timeline.taskReopened', { task }) });
  if (typeof details.dueOn === 'string') {
    parts.push({ key: 'dueOn', text: t('timeline.taskMoved', { task, date: dates.day(details.dueOn) }) });
  }
  // Present and null: given back to the whole team; absent: not changed.
  if (details.assigneeId === null) parts.push({ key: 'assignee', text: t('timeline.taskToTeam', { task }) });
  if (typeof details.assigneeId === 'string') {
    const text = (
      <>
        {t('timeline.taskGiven', { task })} <StaffName id={details.assigneeId} />
      </>
    );
    parts.push({ key: 'assignee', text });
  }
  if (parts.length === 0) return <>{t('timeline.taskChanged', { task })}</>;
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={part.key}>
          {i > 0 && ' · '}
          {part.text}
        </Fragment>
      ))}
    </>
  );
}

/** One event in words. Kinds this version does not know are still listed, by their name. */
function EventText({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const dates = useDates();
  const modules = useTrainingModules();
  const d = event.details;
  const taskKind = (value: unknown) => {
    const k = known(taskKinds, value);
    return k ? t(`taskKinds.${k}`) : String(value ?? '');
  };
  const flags = (value: unknown) =>
    strings(value)
      .map((v) => {
        const flag = known(vulnerabilities, v);
        return flag ? t(`vulnerabilities.${flag}`) : v;
      })
      .join(', ');
  const status = (value: unknown) => {
    const s = known(caseStatuses, value);
    return s ? t(`caseStatuses.${s}`) : String(value ?? '');
  };
  const role = (value: unknown) => {
    const f = known(assignmentFunctions, value);
    return f ? t(`assignmentFunctions.${f}`) : String(value ?? '');
  };
  const relationship = (value: unknown) => {
    const r = known(relationships, value);
    return r ? t(`relationships.${r}`) : String(value ?? '');
  };
  const attachment = (value: unknown) => {
    const k = known(attachmentKinds, value);
    return k ? t(`attachmentKinds.${k}`) : String(value ?? '');
  };
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  switch (event.kind) {
    case 'opened': {
      const phase = known(casePhases, d.phase);
      return <>{t('timeline.opened', { phase: phase ? t(`casePhases.${phase}`) : '' })}</>;
    }
    case 'consent_recorded': {
      const purpose = known(consentPurposes, d.purpose);
      const method = known(['written', 'verbal'] as const, d.method);
      return (
        <>
          {t('timeline.consentRecorded', {
            purpose: purpose ? t(`consentPurposes.${purpose}`) : '',
            method: method ? t(`consentMethods.${method}`) : '',
          })}
        </>
      );
    }
    case 'status_changed':
      return <>{t('timeline.statusChanged', { from: status(d.from), to: status(d.to) })}</>;
    case 'assigned':
    case 'unassigned':
      return (
        <>
          {t(event.kind === 'assigned' ? 'timeline.assigned' : 'timeline.unassigned', {
            function: role(d.function),
          })}{' '}
          <StaffName id={typeof d.userId === 'string' ? d.userId : null} />
        </>
      );
    case 'sensitivity_changed':
      return <>{d.sensitive ? t('timeline.markedSensitive') : t('timeline.unmarkedSensitive')}</>;
    case 'case_management_type_changed': {
      const type = known(['generalist', 'intensive'] as const, d.to);
      return (
        <>
          {t('timeline.caseManagementType', {
            type: type ? t(`caseManagementTypes.${type}`) : t('caseManagementTypes.none'),
          })}
        </>
      );
    }
    case 'closure_proposed': {
      const reason = known(closureReasonCodes, d.reason);
      return <>{t('timeline.closureProposed', { reason: reason ? t(`closureReasons.${reason}`) : '' })}</>;
    }
    case 'note_added':
      return <>{d.confidential ? t('timeline.confidentialNoteAdded') : t('timeline.noteAdded')}</>;
    case 'hand_over_sent':
      return <>{t('timeline.handOverSent')}</>;
    case 'hand_over_accepted':
      return <>{t('timeline.handOverAccepted')}</>;
    case 'hand_over_returned':
      return <>{t('timeline.handOverReturned')}</>;
    case 'hand_over_cancelled':
      return <>{t('timeline.handOverCancelled')}</>;
    case 'task_added': {
      const kind = known(taskKinds, d.kind);
      return (
        <>
          {t('timeline.taskAdded', {
            // With what a system task is about: the survey round, the dimension.
            task: kind
              ? taskName(t, { kind, title: '', topic: typeof d.topic === 'string' ? d.topic : null })
              : taskKind(d.kind),
            date: typeof d.dueOn === 'string' ? dates.day(d.dueOn) : '',
          })}
        </>
      );
    }
    case 'task_changed':
      return <TaskChangeText details={d} />;
    case 'tasks_fulfilled':
      return (
        <>
          {t('timeline.tasksFulfilled', {
            tasks: strings(d.kinds).map(taskKind).join(', '),
            status: status(d.status),
          })}
        </>
      );
    case 'vulnerabilities_changed': {
      const added = flags(d.added);
      const removed = flags(d.removed);
      return (
        <>
          {added && t('timeline.vulnerabilitiesAdded', { flags: added })}
          {added && removed && ' · '}
          {removed && t('timeline.vulnerabilitiesRemoved', { flags: removed })}
        </>
      );
    }
    case 'marked_distinct':
      return <>{t('timeline.markedDistinct', { reference: text(d.otherReference) })}</>;
    case 'merged_from':
      return <>{t('timeline.mergedFrom', { reference: text(d.reference) })}</>;
    case 'merged_into':
      return <>{t('timeline.mergedInto', { reference: text(d.reference), status: status(d.from) })}</>;
    case 'household_member_added':
      return (
        <>
          {t(d.returnsTogether === false ? 'timeline.memberAddedStaying' : 'timeline.memberAdded', {
            relationship: relationship(d.relationship),
          })}
        </>
      );
    case 'household_member_changed':
      return (
        <>
          {t('timeline.memberChanged', { relationship: relationship(d.relationship) })}
          {typeof d.returnsTogether === 'boolean' &&
            ` · ${d.returnsTogether ? t('household.returnsTogether') : t('household.staysBehind')}`}
        </>
      );
    case 'household_member_left':
      return <>{t('timeline.memberLeft', { relationship: relationship(d.relationship) })}</>;
    case 'household_member_case_opened':
      return (
        <>
          {t('timeline.memberCaseOpened', {
            reference: text(d.reference),
            relationship: relationship(d.relationship),
          })}
        </>
      );
    case 'attachment_added':
      return <>{t('timeline.attachmentAdded', { kind: attachment(d.kind) })}</>;
    case 'attachment_removed':
      return <>{t('timeline.attachmentRemoved', { kind: attachment(d.kind) })}</>;
    case 'transfer_proposed': {
      const recipient = known(transferRecipients, d.recipient);
      return (
        <>
          {t('timeline.transferProposed', {
            organisation: text(d.organisation),
            recipient: recipient ? t(`transferRecipients.${recipient}`) : '',
          })}
        </>
      );
    }
    case 'transfer_approved':
      return <>{t('timeline.transferApproved')}</>;
    case 'transfer_refused':
      return <>{t('timeline.transferRefused')}</>;
    case 'transfer_cancelled':
      return <>{t('timeline.transferCancelled')}</>;
    case 'transfer_received':
      return <>{t('timeline.transferReceived')}</>;
    case 'migration_changed': {
      const fields = strings(d.fields)
        .map((f) => {
          const field = known(migrationFields, f);
          return field ? t(`migrationFields.${field}`) : f;
        })
        .join(', ');
      return <>{fields ? t('timeline.migrationChanged', { fields }) : t('timeline.migrationSaved')}</>;
    }
    case 'rss_started':
    case 'rss_no_consent':
    case 'rss_completed':
    case 'rss_interrupted': {
      const round = known(rssRoundKinds, d.kind);
      const kind = round ? t(`survey.kindTopics.${round}`) : '';
      const key = {
        rss_started: 'started',
        rss_no_consent: 'noConsent',
        rss_completed: 'completed',
        rss_interrupted: 'interrupted',
      } as const;
      return <>{t(`survey.timeline.${key[event.kind]}`, { kind })}</>;
    }
    case 'assessment_recorded': {
      const kind = known(['vulnerability', 'needs', 'best_interests'] as const, d.kind);
      return <>{t('assessments.timeline.recorded', { kind: kind ? t(`assessments.kinds.${kind}`) : '' })}</>;
    }
    case 'counselling_recorded': {
      const type = known(counsellingTypes, d.type);
      return <>{t('counselling.timeline.recorded', { type: type ? t(`counselling.types.${type}`) : '' })}</>;
    }
    case 'business_applied':
      return <>{t('business.timeline.applied')}</>;
    case 'business_stage': {
      const stage = known(businessStages, d.to);
      return (
        <>{t('business.timeline.stage', { stage: stage ? t(`business.stages.${stage}`) : text(d.to) })}</>
      );
    }
    case 'business_plan_written':
      return <>{t('business.timeline.planWritten')}</>;
    case 'business_recommendation': {
      const typeName = (value: unknown) => {
        const type = known(businessTypes, value);
        return type ? t(`business.types.${type}`) : text(value);
      };
      return (
        <>
          {d.recommendedType
            ? t('business.timeline.recommended', {
                recommended: typeName(d.recommendedType),
                chosen: typeName(d.chosenType),
              })
            : t('business.timeline.notRecommended', { chosen: typeName(d.chosenType) })}
        </>
      );
    }
    case 'business_training':
      return <>{t('business.timeline.training', { module: modules.shown(text(d.module)) })}</>;
    case 'business_visited': {
      const status = known(businessStatuses, d.status);
      return (
        <>
          {t('business.timeline.visited', {
            status: status ? t(`business.visits.statuses.${status}`) : text(d.status),
          })}
        </>
      );
    }
    case 'referral_drafted':
    case 'referral_sent':
    case 'referral_moved':
    case 'referral_outcome':
    case 'referral_link_made':
    case 'referral_overdue':
    case 'referral_message':
      return <ReferralTimelineText event={event} />;
    case 'plan_created':
    case 'plan_revised':
    case 'plan_consented':
    case 'plan_approved':
    case 'plan_printed':
    case 'delivery_updated':
    case 'purchase_ordered':
    case 'purchase_settled':
    case 'tranche_requested':
    case 'tranche_condition_recorded':
    case 'tranche_released':
    case 'feasibility_answered':
      return <PlanTimelineText event={event} />;
    default:
      return <>{t('timeline.other', { kind: event.kind })}</>;
  }
}

/** What happened to the case and who did it; the reader picks the order. */
export function TimelineSection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const dates = useDates();
  const [order, setOrder] = useState<'newest' | 'oldest'>('newest');
  // The server sends the history oldest first, and only ever adds to it: the position is the event's identity.
  const numbered = file.timeline.map((event, seq) => ({ event, seq }));
  const events = order === 'newest' ? numbered.reverse() : numbered;
  return (
    <Section
      id="timeline-heading"
      title={t('timeline.title')}
      action={
        <SegmentedControl
          size="xs"
          value={order}
          onChange={(value) => setOrder(value as 'newest' | 'oldest')}
          data={[
            { value: 'newest', label: t('timeline.newestFirst') },
            { value: 'oldest', label: t('timeline.oldestFirst') },
          ]}
        />
      }
    >
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {events.map(({ event, seq }) => (
          <Stack
            component="li"
            key={seq}
            gap={2}
            ps="sm"
            style={{ borderInlineStart: '3px solid var(--mantine-color-blue-2)' }}
          >
            <Text fw={600} size="sm">
              <EventText event={event} />
            </Text>
            {typeof event.details.reason === 'string' && (
              <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                {t('timeline.reason', { reason: event.details.reason })}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {dates.dateTime(event.at)} · <StaffName id={event.actorId} />
            </Text>
          </Stack>
        ))}
      </Stack>
    </Section>
  );
}
