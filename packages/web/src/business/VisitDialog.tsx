import { Group, NativeSelect, NumberInput, Radio, Textarea, TextInput } from '@mantine/core';
import {
  type BusinessClosureReason,
  type BusinessStatus,
  businessClosureReasons,
  businessStatuses,
} from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { CaseFile } from '../api/types.ts';
import { today } from '../cases/new/draft.ts';
import { useFieldErrors } from '../ui/errors.tsx';
import { BusinessDialog } from './BusinessDialog.tsx';
import { type BusinessSupport, useBusinessCommand } from './queries.ts';
import { useDayProblem } from './words.tsx';

interface Visit {
  visitedOn: string;
  status: BusinessStatus | '';
  closureReason: BusinessClosureReason | '';
  employees: number | null;
  note: string;
}

/**
 * What a monitoring visit found: the business open, closed for now or closed,
 * and why it closed, so that survival and its causes can be counted (digest
 * §4.5; L1520 names the usual failures).
 */
export function VisitDialog({
  file,
  onReload,
  onClose,
}: {
  file: CaseFile;
  onReload: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const dayProblem = useDayProblem();
  const id = file.summary.id;
  const [visit, setVisit] = useState<Visit>({
    visitedOn: today(),
    status: '',
    closureReason: '',
    employees: null,
    note: '',
  });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const { command: record } = useBusinessCommand(
    id,
    (body: Visit) =>
      api.post<BusinessSupport>(`/cases/${id}/business/visits`, {
        ...body,
        // Only a closed business has a closure reason.
        closureReason: body.status === 'closed' ? body.closureReason : null,
        note: body.note.trim(),
      }),
    { saved: () => t('business.visits.saved'), done: onClose },
  );

  const closed = visit.status === 'closed';
  function submit() {
    const required = (missing: boolean) => (missing ? t('validation.required') : '');
    const found = {
      visitedOn: dayProblem(visit.visitedOn) ?? '',
      status: required(!visit.status),
      closureReason: required(closed && !visit.closureReason),
    };
    setProblems(found);
    if (!Object.values(found).some(Boolean)) record.mutate(visit);
  }

  const errors = fieldErrors(record.error);
  const change = (next: Partial<Visit>) => {
    setVisit({ ...visit, ...next });
    setProblems({});
  };
  return (
    <BusinessDialog
      title={t('business.visits.dialogTitle', { name: file.summary.person.name })}
      submitLabel={t('business.visits.save')}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
      pending={record.isPending}
      error={record.error}
      problems={problems}
    >
      <TextInput
        type="date"
        label={t('business.visits.visitedOn')}
        value={visit.visitedOn}
        onChange={(e) => change({ visitedOn: e.currentTarget.value })}
        error={problems.visitedOn || errors.visitedOn}
        withAsterisk
      />
      <Radio.Group
        label={t('business.visits.status')}
        value={visit.status}
        onChange={(value) => change({ status: value as BusinessStatus })}
        error={problems.status || errors.status}
        withAsterisk
      >
        <Group gap="md" mt={4}>
          {businessStatuses.map((status) => (
            <Radio key={status} value={status} label={t(`business.visits.statuses.${status}`)} />
          ))}
        </Group>
      </Radio.Group>
      {closed && (
        <NativeSelect
          label={t('business.visits.closureReason')}
          value={visit.closureReason}
          onChange={(e) => change({ closureReason: e.currentTarget.value as BusinessClosureReason })}
          data={[
            { value: '', label: t('business.visits.chooseReason') },
            ...businessClosureReasons.map((r) => ({
              value: r,
              label: t(`business.visits.closureReasons.${r}`),
            })),
          ]}
          error={problems.closureReason || errors.closureReason}
          withAsterisk
        />
      )}
      <NumberInput
        label={t('business.visits.employees')}
        description={t('business.visits.employeesHelp')}
        value={visit.employees ?? ''}
        onChange={(value) => change({ employees: typeof value === 'number' ? value : null })}
        error={errors.employees}
        min={0}
        max={10000}
        allowDecimal={false}
        allowNegative={false}
      />
      <Textarea
        label={t('business.visits.note')}
        value={visit.note}
        onChange={(e) => change({ note: e.currentTarget.value })}
        error={errors.note}
        autosize
        minRows={2}
        maxLength={2000}
        dir="auto"
      />
    </BusinessDialog>
  );
}
