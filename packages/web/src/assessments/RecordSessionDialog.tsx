import { Checkbox, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import {
  type AttendeeRole,
  attendeeRoles,
  type CounsellingTopic,
  type CounsellingType,
  counsellingTopics,
  counsellingTypes,
  type MeetingReason,
  type MeetingType,
  meetingReasons,
  meetingTypes,
  type SessionSetting,
  sessionProblems,
  sessionSettings,
} from '@reintegra/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../api/types.ts';
import { today } from '../cases/new/draft.ts';
import { useFieldErrors } from '../ui/errors.tsx';
import { useCheckedDraft } from '../ui/useCheckedDraft.ts';
import {
  isBlank,
  namedPeople,
  PeopleWithRolesField,
  type PersonWithRole,
  peopleProblems,
  personWithRole,
} from './PeopleWithRolesField.tsx';
import { useRecordSession } from './queries.ts';
import { dayProblem, RecordDialog } from './RecordDialog.tsx';
import { YesNoField } from './YesNoField.tsx';

interface SessionDraft {
  heldOn: string;
  type: CounsellingType | '';
  meetingType: MeetingType | '';
  reasons: MeetingReason[];
  setting: SessionSetting | '';
  attendees: PersonWithRole<AttendeeRole>[];
  topics: CounsellingTopic[];
  interpreterBriefed: boolean | null;
  firstLineSupportGiven: boolean;
  referralNeeded: boolean;
  agreedNextSteps: string;
  continued: boolean;
  notes: string;
}

/** The record without its kind, type of meeting and place, which the caseworker chooses. */
function recordOf(d: SessionDraft) {
  const attendees = namedPeople(d.attendees);
  return {
    heldOn: d.heldOn,
    reasons: d.reasons,
    attendees,
    topics: d.topics,
    // Asked only while an interpreter is among the attendees.
    interpreterBriefed: attendees.some((a) => a.role === 'interpreter') ? d.interpreterBriefed : null,
    firstLineSupportGiven: d.firstLineSupportGiven,
    referralNeeded: d.referralNeeded,
    agreedNextSteps: d.agreedNextSteps,
    continued: d.continued,
    notes: d.notes,
  };
}

/** Problems the caseworker can fix before sending, keyed as the server names the fields. */
function sessionDraftProblems(d: SessionDraft, t: TFunction): Record<string, string> {
  const required = t('validation.required');
  const found = peopleProblems(d.attendees, 'attendees', required);
  const day = dayProblem(d.heldOn, t);
  if (day) found.heldOn = day;
  if (!d.type) found.type = required;
  if (!d.meetingType) found.meetingType = required;
  if (!d.setting) found.setting = required;
  if (d.attendees.every(isBlank)) found.attendees = t('counselling.nobodyAttended');
  // The domain says what a complete record holds. Until a kind is chosen (checked above), the
  // returnee is looked for as at any session but a family one.
  const complete = sessionProblems({
    ...recordOf(d),
    type: d.type || 'follow_up',
    meetingType: d.meetingType || 'follow_up',
    setting: d.setting || 'office',
  });
  for (const problem of complete) found[problem.field] ??= t(`counselling.problems.${problem.code}`);
  return found;
}

/**
 * A counselling session as the Handbook describes it (seed-002 §2.2): who
 * attended, what was discussed, what was done and agreed. The notes are what
 * was confided, kept confidential (L941).
 */
export function RecordSessionDialog({ file, onClose }: { file: CaseFile; onClose: () => void }) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const { draft, set, checkAll, problems } = useCheckedDraft<SessionDraft>(
    () => ({
      heldOn: today(),
      type: '',
      meetingType: '',
      reasons: [],
      setting: '',
      // The returnee attends every session but a family one they chose not to join (L1918).
      attendees: [personWithRole<AttendeeRole>(file.summary.person.name, 'returnee')],
      topics: [],
      interpreterBriefed: null,
      firstLineSupportGiven: false,
      referralNeeded: false,
      agreedNextSteps: '',
      continued: false,
      notes: '',
    }),
    (d) => sessionDraftProblems(d, t),
  );
  const record = useRecordSession(file.summary.id, onClose);

  function submit() {
    const compacted = { ...draft, attendees: draft.attendees.filter((a) => !isBlank(a)) };
    const valid = checkAll(compacted);
    const { type, meetingType, setting } = compacted;
    if (type && meetingType && setting && valid) {
      record.mutate({ ...recordOf(compacted), type, meetingType, setting });
    }
  }

  const errors = { ...fieldErrors(record.error), ...problems };
  return (
    <RecordDialog
      title={t('counselling.recordTitle', { name: file.summary.person.name })}
      submitLabel={t('counselling.save')}
      onSubmit={submit}
      onClose={onClose}
      pending={record.isPending}
      error={record.error}
      problems={problems}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('counselling.heldOn')}
          value={draft.heldOn}
          onChange={(e) => set({ heldOn: e.currentTarget.value })}
          error={errors.heldOn}
          withAsterisk
        />
        <NativeSelect
          label={t('counselling.type')}
          value={draft.type}
          onChange={(e) => set({ type: e.currentTarget.value as CounsellingType | '' })}
          data={[
            { value: '', label: t('cases.choose') },
            ...counsellingTypes.map((c) => ({ value: c, label: t(`counselling.types.${c}`) })),
          ]}
          error={errors.type}
          withAsterisk
        />
        <NativeSelect
          label={t('counselling.meetingType')}
          description={t('counselling.meetingTypeHelp')}
          value={draft.meetingType}
          onChange={(e) => set({ meetingType: e.currentTarget.value as MeetingType | '' })}
          data={[
            { value: '', label: t('cases.choose') },
            ...meetingTypes.map((m) => ({ value: m, label: t(`counselling.meetingTypes.${m}`) })),
          ]}
          error={errors.meetingType}
          withAsterisk
        />
        <NativeSelect
          label={t('counselling.setting')}
          value={draft.setting}
          onChange={(e) => set({ setting: e.currentTarget.value as SessionSetting | '' })}
          data={[
            { value: '', label: t('cases.choose') },
            ...sessionSettings.map((s) => ({ value: s, label: t(`counselling.settings.${s}`) })),
          ]}
          error={errors.setting}
          withAsterisk
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t('counselling.reasons')}
        description={t('counselling.reasonsHelp')}
        value={draft.reasons}
        // In the list's order, whatever the order they were ticked in.
        onChange={(values) => set({ reasons: meetingReasons.filter((r) => values.includes(r)) })}
        error={errors.reasons}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" mt={4}>
          {meetingReasons.map((reason) => (
            <Checkbox key={reason} value={reason} label={t(`counselling.reasonNames.${reason}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <PeopleWithRolesField
        legend={t('counselling.attendees')}
        help={t('counselling.attendeesHelp')}
        rowLegend={(number) => t('counselling.attendee', { number })}
        addLabel={t('counselling.addAttendee')}
        roles={attendeeRoles}
        roleLabel={(role) => t(`counselling.attendeeRoles.${role}`)}
        value={draft.attendees}
        onChange={(attendees) => set({ attendees })}
        errors={errors}
        at="attendees"
      />
      {draft.attendees.some((a) => a.role === 'interpreter') && (
        <YesNoField
          label={t('counselling.interpreterBriefed')}
          value={draft.interpreterBriefed}
          onChange={(interpreterBriefed) => set({ interpreterBriefed })}
          error={errors.interpreterBriefed}
        />
      )}
      <Checkbox.Group
        label={t('counselling.topics')}
        description={t('counselling.topicsHelp')}
        value={draft.topics}
        onChange={(values) => set({ topics: values as CounsellingTopic[] })}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={4}>
          {counsellingTopics.map((topic) => (
            <Checkbox key={topic} value={topic} label={t(`counselling.topicNames.${topic}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox
        label={t('counselling.firstLineSupport')}
        checked={draft.firstLineSupportGiven}
        onChange={(e) => set({ firstLineSupportGiven: e.currentTarget.checked })}
      />
      <Checkbox
        label={t('counselling.referralNeeded')}
        description={t('counselling.referralNeededHelp')}
        checked={draft.referralNeeded}
        onChange={(e) => set({ referralNeeded: e.currentTarget.checked })}
      />
      <Textarea
        label={t('counselling.agreedNextSteps')}
        value={draft.agreedNextSteps}
        onChange={(e) => set({ agreedNextSteps: e.currentTarget.value })}
        error={errors.agreedNextSteps}
        maxLength={4000}
        autosize
        minRows={2}
        dir="auto"
      />
      <Checkbox
        label={t('counselling.continued')}
        checked={draft.continued}
        onChange={(e) => set({ continued: e.currentTarget.checked })}
      />
      <Textarea
        label={t('counselling.notes')}
        description={t('counselling.notesHelp')}
        value={draft.notes}
        onChange={(e) => set({ notes: e.currentTarget.value })}
        error={errors.notes}
        maxLength={20000}
        autosize
        minRows={3}
        dir="auto"
      />
    </RecordDialog>
  );
}
