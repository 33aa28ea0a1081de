import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import {
  type BestInterestsAssessment,
  type BestInterestsTrigger,
  bestInterestsProblems,
  bestInterestsTriggers,
  type ParticipantRole,
  participantRoles,
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
import { useRecordAssessment } from './queries.ts';
import { dayProblem, RecordDialog } from './RecordDialog.tsx';

type Texts = Pick<
  BestInterestsAssessment,
  'childViews' | 'informationGiven' | 'maturityAssessment' | 'riskFactors' | 'protectiveFactors' | 'decision'
>;

// In the order the assessment is conducted: the child heard first, the decision last.
const textFields: { field: keyof Texts; required: boolean }[] = [
  { field: 'childViews', required: true },
  { field: 'informationGiven', required: true },
  { field: 'maturityAssessment', required: true },
  { field: 'riskFactors', required: false },
  { field: 'protectiveFactors', required: false },
  { field: 'decision', required: true },
];

interface BestInterestsDraft extends Texts {
  conductedOn: string;
  trigger: BestInterestsTrigger | '';
  participants: PersonWithRole<ParticipantRole>[];
  reviewOn: string;
}

/** The findings without the trigger, which the caseworker chooses. */
function findingsOf(d: BestInterestsDraft): Omit<BestInterestsAssessment, 'trigger'> {
  const { conductedOn, trigger, participants, ...rest } = d;
  return { ...rest, participants: namedPeople(participants) };
}

/** Problems the caseworker can fix before sending, keyed as the server names the fields. */
function bestInterestsDraftProblems(d: BestInterestsDraft, t: TFunction): Record<string, string> {
  const required = t('validation.required');
  const found = peopleProblems(d.participants, 'findings.participants', required);
  const day = dayProblem(d.conductedOn, t);
  if (day) found.conductedOn = day;
  if (!d.trigger) found['findings.trigger'] = required;
  // The domain says what a complete assessment holds; the trigger, a choice, is checked above.
  for (const problem of bestInterestsProblems({ ...findingsOf(d), trigger: d.trigger || 'other' })) {
    found[`findings.${problem.field}`] ??=
      problem.field === 'participants' ? t('assessments.nobodyTookPart') : required;
  }
  return found;
}

/**
 * The best-interests assessment of a child (seed-002 Module 6): who took
 * part, the child's views and how they were heard, risks and protection,
 * the decision and when it is reviewed. The domain says when it is complete;
 * a child's plan is not approved without one.
 */
export function BestInterestsDialog({ file, onClose }: { file: CaseFile; onClose: () => void }) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const { draft, set, checkAll, problems } = useCheckedDraft<BestInterestsDraft>(
    () => ({
      conductedOn: today(),
      trigger: '',
      // The child takes part, whatever their age (L4298).
      participants: [personWithRole<ParticipantRole>(file.summary.person.name, 'child')],
      childViews: '',
      informationGiven: '',
      maturityAssessment: '',
      riskFactors: '',
      protectiveFactors: '',
      decision: '',
      reviewOn: '',
    }),
    (d) => bestInterestsDraftProblems(d, t),
  );
  const record = useRecordAssessment(file.summary.id, onClose);

  function submit() {
    const compacted = { ...draft, participants: draft.participants.filter((p) => !isBlank(p)) };
    const valid = checkAll(compacted);
    const { conductedOn, trigger } = compacted;
    if (trigger && valid) {
      record.mutate({ kind: 'best_interests', conductedOn, findings: { ...findingsOf(compacted), trigger } });
    }
  }

  const errors = { ...fieldErrors(record.error), ...problems };
  return (
    <RecordDialog
      title={t('assessments.recordTitle.best_interests', { name: file.summary.person.name })}
      submitLabel={t('assessments.save')}
      onSubmit={submit}
      onClose={onClose}
      pending={record.isPending}
      error={record.error}
      problems={problems}
    >
      <TextInput
        type="date"
        label={t('assessments.conductedOn')}
        value={draft.conductedOn}
        onChange={(e) => set({ conductedOn: e.currentTarget.value })}
        error={errors.conductedOn}
        withAsterisk
      />
      <NativeSelect
        label={t('assessments.bestInterestsTrigger')}
        value={draft.trigger}
        onChange={(e) => set({ trigger: e.currentTarget.value as BestInterestsTrigger | '' })}
        data={[
          { value: '', label: t('cases.choose') },
          ...bestInterestsTriggers.map((b) => ({
            value: b,
            label: t(`assessments.bestInterestsTriggers.${b}`),
          })),
        ]}
        error={errors['findings.trigger']}
        withAsterisk
      />
      <PeopleWithRolesField
        legend={t('assessments.participants')}
        help={t('assessments.participantsHelp')}
        rowLegend={(number) => t('assessments.participant', { number })}
        addLabel={t('assessments.addParticipant')}
        roles={participantRoles}
        roleLabel={(role) => t(`assessments.participantRoles.${role}`)}
        value={draft.participants}
        onChange={(participants) => set({ participants })}
        errors={errors}
        at="findings.participants"
      />
      {textFields.map(({ field, required }) => (
        <Textarea
          key={field}
          label={t(`assessments.bestInterests.${field}`)}
          description={t(`assessments.bestInterestsHelp.${field}`)}
          value={draft[field]}
          onChange={(e) => set({ [field]: e.currentTarget.value })}
          error={errors[`findings.${field}`]}
          withAsterisk={required}
          maxLength={4000}
          autosize
          minRows={2}
          dir="auto"
        />
      ))}
      <TextInput
        type="date"
        label={t('assessments.reviewOn')}
        value={draft.reviewOn}
        onChange={(e) => set({ reviewOn: e.currentTarget.value })}
        error={errors['findings.reviewOn']}
        withAsterisk
      />
    </RecordDialog>
  );
}
