import { Fieldset, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import {
  type CaseManagementType,
  type IscedLevel,
  iscedLevels,
  type NeedDimension,
  needDimensions,
} from '@reintegra/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../api/types.ts';
import { today } from '../cases/new/draft.ts';
import { useFieldErrors } from '../ui/errors.tsx';
import { useCheckedDraft } from '../ui/useCheckedDraft.ts';
import { CaseManagementTypeField } from './CaseManagementTypeField.tsx';
import { useRecordAssessment } from './queries.ts';
import { dayProblem, RecordDialog } from './RecordDialog.tsx';
import { type JobRow, WorkHistoryField } from './WorkHistoryField.tsx';
import { YesNoField } from './YesNoField.tsx';

interface NeedsDraft {
  conductedOn: string;
  educationLevel: IscedLevel | '';
  workHistory: JobRow[];
  /** One skill, or one interest, a line. */
  skills: string;
  interests: string;
  fitToWork: boolean | null;
  health: string;
  housing: string;
  familySituation: string;
  needs: Record<NeedDimension, string>;
  deliverableInFewSessions: boolean | null;
  caseManagementType: CaseManagementType | '';
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** A job added and left empty is no job: it is dropped, not refused. */
const isBlankJob = (job: JobRow) => !job.occupation.trim() && !job.where.trim() && !job.years.trim();

/** The server keeps 50 skills (or interests) of 200 characters at most. */
const tooLong = (text: string) => {
  const list = lines(text);
  return list.length > 50 || list.some((line) => line.length > 200);
};

/** Problems the caseworker can fix before sending, keyed as the server names the fields. */
function needsProblems(d: NeedsDraft, t: TFunction): Record<string, string> {
  const required = t('validation.required');
  const found: Record<string, string> = {};
  const day = dayProblem(d.conductedOn, t);
  if (day) found.conductedOn = day;
  if (!d.educationLevel) found['findings.educationLevel'] = required;
  d.workHistory.forEach((job, i) => {
    if (isBlankJob(job)) return;
    if (!job.occupation.trim()) found[`findings.workHistory.${i}.occupation`] = required;
    const years = Number(job.years);
    if (job.years.trim() === '') found[`findings.workHistory.${i}.years`] = required;
    else if (!(years >= 0 && years <= 80))
      found[`findings.workHistory.${i}.years`] = t('assessments.yearsRange');
  });
  if (tooLong(d.skills)) found['findings.skills'] = t('assessments.linesLimit');
  if (tooLong(d.interests)) found['findings.interests'] = t('assessments.linesLimit');
  if (d.fitToWork === null) found['findings.fitToWork'] = required;
  if (d.deliverableInFewSessions === null) found['findings.deliverableInFewSessions'] = required;
  if (!d.caseManagementType) found['findings.caseManagementType'] = required;
  return found;
}

/**
 * The needs and skills assessment that comes before the plan (seed-002
 * L1090), across the three dimensions of reintegration, and the type of case
 * management the caseworker decides with the suggestion beside the choice.
 */
export function NeedsAssessmentDialog({ file, onClose }: { file: CaseFile; onClose: () => void }) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const id = file.summary.id;
  const { draft, set, checkAll, problems } = useCheckedDraft<NeedsDraft>(
    () => ({
      conductedOn: today(),
      educationLevel: '',
      workHistory: [],
      skills: '',
      interests: '',
      fitToWork: null,
      health: '',
      housing: '',
      familySituation: '',
      needs: { economic: '', social: '', psychosocial: '' },
      deliverableInFewSessions: null,
      caseManagementType: '',
    }),
    (d) => needsProblems(d, t),
  );
  const record = useRecordAssessment(id, onClose);

  function submit() {
    // Dropped first, so that errors point at the rows that stay.
    const compacted = { ...draft, workHistory: draft.workHistory.filter((job) => !isBlankJob(job)) };
    const valid = checkAll(compacted);
    const { educationLevel, fitToWork, deliverableInFewSessions, caseManagementType } = compacted;
    if (
      !valid ||
      !educationLevel ||
      fitToWork === null ||
      deliverableInFewSessions === null ||
      !caseManagementType
    )
      return;
    record.mutate({
      kind: 'needs',
      conductedOn: compacted.conductedOn,
      findings: {
        educationLevel,
        workHistory: compacted.workHistory.map((j) => ({
          occupation: j.occupation.trim(),
          where: j.where.trim(),
          years: Number(j.years),
        })),
        skills: lines(compacted.skills),
        interests: lines(compacted.interests),
        fitToWork,
        health: compacted.health,
        housing: compacted.housing,
        familySituation: compacted.familySituation,
        needs: compacted.needs,
        deliverableInFewSessions,
        caseManagementType,
      },
    });
  }

  const errors = { ...fieldErrors(record.error), ...problems };
  const text = (field: 'health' | 'housing' | 'familySituation') => (
    <Textarea
      label={t(`assessments.${field}`)}
      value={draft[field]}
      onChange={(e) => set({ [field]: e.currentTarget.value })}
      error={errors[`findings.${field}`]}
      maxLength={4000}
      autosize
      minRows={2}
      dir="auto"
    />
  );
  return (
    <RecordDialog
      title={t('assessments.recordTitle.needs', { name: file.summary.person.name })}
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
        label={t('assessments.educationLevel')}
        value={draft.educationLevel}
        onChange={(e) => set({ educationLevel: e.currentTarget.value as IscedLevel | '' })}
        data={[
          { value: '', label: t('cases.choose') },
          ...iscedLevels.map((level) => ({ value: level, label: t(`assessments.iscedLevels.${level}`) })),
        ]}
        error={errors['findings.educationLevel']}
        withAsterisk
      />
      <WorkHistoryField
        value={draft.workHistory}
        onChange={(workHistory) => set({ workHistory })}
        errors={errors}
      />
      <Textarea
        label={t('assessments.skills')}
        description={t('assessments.onePerLine')}
        value={draft.skills}
        onChange={(e) => set({ skills: e.currentTarget.value })}
        error={errors['findings.skills']}
        autosize
        minRows={2}
        dir="auto"
      />
      <Textarea
        label={t('assessments.interests')}
        description={t('assessments.onePerLine')}
        value={draft.interests}
        onChange={(e) => set({ interests: e.currentTarget.value })}
        error={errors['findings.interests']}
        autosize
        minRows={2}
        dir="auto"
      />
      <YesNoField
        label={t('assessments.fitToWork')}
        description={t('assessments.fitToWorkHelp')}
        value={draft.fitToWork}
        onChange={(fitToWork) => set({ fitToWork })}
        error={errors['findings.fitToWork']}
      />
      {text('health')}
      {text('housing')}
      {text('familySituation')}
      <Fieldset legend={t('assessments.needs')} p="sm">
        <Stack gap="xs">
          {needDimensions.map((dimension) => (
            <Textarea
              key={dimension}
              label={t(`assessments.needsIn.${dimension}`)}
              value={draft.needs[dimension]}
              onChange={(e) => set({ needs: { ...draft.needs, [dimension]: e.currentTarget.value } })}
              error={errors[`findings.needs.${dimension}`]}
              maxLength={4000}
              autosize
              minRows={2}
              dir="auto"
            />
          ))}
        </Stack>
      </Fieldset>
      <YesNoField
        label={t('assessments.deliverable')}
        value={draft.deliverableInFewSessions}
        onChange={(deliverableInFewSessions) => set({ deliverableInFewSessions })}
        error={errors['findings.deliverableInFewSessions']}
      />
      <CaseManagementTypeField
        caseId={id}
        deliverableInFewSessions={draft.deliverableInFewSessions}
        value={draft.caseManagementType}
        onChange={(caseManagementType) => set({ caseManagementType })}
        error={errors['findings.caseManagementType']}
      />
    </RecordDialog>
  );
}
