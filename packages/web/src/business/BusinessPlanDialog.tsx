import { Text, Textarea } from '@mantine/core';
import { type BusinessPlan, businessPlanElements } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { CaseFile } from '../api/types.ts';
import { useFieldErrors } from '../ui/errors.tsx';
import { BusinessDialog } from './BusinessDialog.tsx';
import { type BusinessApplication, type BusinessSupport, useBusinessCommand } from './queries.ts';

/**
 * The nine elements the Handbook requires of a business plan (seed-002
 * L6259–L6269). Any may be left for later: the plan is saved as a draft, and
 * goes to the board only once all nine are written.
 */
export function BusinessPlanDialog({
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
  const id = file.summary.id;
  const [plan, setPlan] = useState<BusinessPlan>(application.businessPlan);
  const { command: save } = useBusinessCommand(
    id,
    (elements: BusinessPlan) =>
      api.put<BusinessSupport>(`/cases/${id}/business/plan`, { version: application.version, elements }),
    { saved: () => t('business.plan.saved'), done: onClose },
  );
  const errors = fieldErrors(save.error);

  return (
    <BusinessDialog
      title={t('business.plan.dialogTitle', { name: file.summary.person.name })}
      submitLabel={t('business.plan.save')}
      onSubmit={() => save.mutate(plan)}
      onClose={onClose}
      onReload={onReload}
      pending={save.isPending}
      error={save.error}
      problems={{}}
      size="xl"
    >
      <Text size="sm">{t('business.plan.help')}</Text>
      {businessPlanElements.map((element) => (
        <Textarea
          key={element}
          label={t(`business.plan.elements.${element}`)}
          description={t(`business.plan.elementHelp.${element}`)}
          value={plan[element]}
          onChange={(e) => setPlan({ ...plan, [element]: e.currentTarget.value })}
          error={errors[`elements.${element}`]}
          autosize
          minRows={2}
          maxLength={4000}
          dir="auto"
        />
      ))}
    </BusinessDialog>
  );
}
