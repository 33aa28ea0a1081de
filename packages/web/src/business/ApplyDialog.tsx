import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { CaseFile } from '../api/types.ts';
import { useFieldErrors } from '../ui/errors.tsx';
import { BusinessDialog } from './BusinessDialog.tsx';
import { type BusinessSupport, useBusinessCommand } from './queries.ts';

/** Step 1: the returnee asks for business development support with an idea of the business. */
export function ApplyDialog({
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
  const id = file.summary.id;
  const [idea, setIdea] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const { command: apply } = useBusinessCommand(
    id,
    (text: string) => api.post<BusinessSupport>(`/cases/${id}/business`, { idea: text }),
    { saved: () => t('business.applied'), done: onClose },
  );

  function submit() {
    const text = idea.trim();
    setProblems({ idea: text ? '' : t('validation.required') });
    if (text) apply.mutate(text);
  }

  return (
    <BusinessDialog
      title={t('business.applyTitle', { name: file.summary.person.name })}
      submitLabel={t('business.apply')}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
      pending={apply.isPending}
      error={apply.error}
      problems={problems}
      size="md"
    >
      <Textarea
        label={t('business.idea')}
        description={t('business.ideaHelp')}
        value={idea}
        onChange={(e) => {
          setIdea(e.currentTarget.value);
          setProblems({});
        }}
        error={problems.idea || fieldErrors(apply.error).idea}
        withAsterisk
        autosize
        minRows={3}
        maxLength={2000}
        dir="auto"
        data-autofocus
      />
    </BusinessDialog>
  );
}
