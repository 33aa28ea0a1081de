import { Autocomplete, Checkbox, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { CaseFile } from '../api/types.ts';
import { today } from '../cases/new/draft.ts';
import { useFieldErrors } from '../ui/errors.tsx';
import { BusinessDialog } from './BusinessDialog.tsx';
import { type BusinessApplication, type BusinessSupport, useBusinessCommand } from './queries.ts';
import { useDayProblem, useTrainingModules } from './words.tsx';

interface Training {
  module: string;
  attendedOn: string;
  completed: boolean;
}

/** A training module the returnee attended: a module of Table A.3 or another, and whether they completed it. */
export function TrainingDialog({
  file,
  application,
  onReload,
  onClose,
}: {
  file: CaseFile;
  application: BusinessApplication;
  onReload: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const dayProblem = useDayProblem();
  const modules = useTrainingModules();
  const id = file.summary.id;
  const [training, setTraining] = useState<Training>({ module: '', attendedOn: today(), completed: true });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const { command: record } = useBusinessCommand(
    id,
    (body: Training) =>
      api.post<BusinessSupport>(`/cases/${id}/business/trainings`, { version: application.version, ...body }),
    { saved: () => t('business.trainings.saved'), done: onClose },
  );

  function submit() {
    const module = training.module.trim();
    const found = {
      module: module ? '' : t('validation.required'),
      attendedOn: dayProblem(training.attendedOn) ?? '',
    };
    setProblems(found);
    if (!Object.values(found).some(Boolean)) record.mutate({ ...training, module: modules.stored(module) });
  }

  const errors = fieldErrors(record.error);
  const change = (next: Partial<Training>) => {
    setTraining({ ...training, ...next });
    setProblems({});
  };
  return (
    <BusinessDialog
      title={t('business.trainings.dialogTitle', { name: file.summary.person.name })}
      submitLabel={t('business.trainings.save')}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
      pending={record.isPending}
      error={record.error}
      problems={problems}
      size="md"
    >
      <Autocomplete
        label={t('business.trainings.module')}
        description={t('business.trainings.moduleHelp')}
        data={modules.labels}
        value={training.module}
        onChange={(module) => change({ module })}
        error={problems.module || errors.module}
        withAsterisk
        maxLength={300}
        dir="auto"
        data-autofocus
      />
      <TextInput
        type="date"
        label={t('business.trainings.attendedOn')}
        value={training.attendedOn}
        onChange={(e) => change({ attendedOn: e.currentTarget.value })}
        error={problems.attendedOn || errors.attendedOn}
        withAsterisk
      />
      <Checkbox
        label={t('business.trainings.completed')}
        checked={training.completed}
        onChange={(e) => change({ completed: e.currentTarget.checked })}
      />
    </BusinessDialog>
  );
}
