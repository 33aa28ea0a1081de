import { NativeSelect, Textarea } from '@mantine/core';
import { type BusinessType, businessTypes } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { CaseFile } from '../api/types.ts';
import { useFieldErrors } from '../ui/errors.tsx';
import { BusinessDialog } from './BusinessDialog.tsx';
import { type BusinessApplication, type BusinessSupport, useBusinessCommand } from './queries.ts';

/** "No type recommended" is an answer of its own, apart from a field not yet answered (''). */
type Recommended = BusinessType | 'none' | '';

interface Recommendation {
  recommended: Recommended;
  reason: string;
  chosen: BusinessType | '';
}

/**
 * The type of business the caseworker recommended, what it rests on, and the
 * type the returnee chose (seed-000 L930–L932: recorded so that M&E can set
 * recommendations against business outcomes; the dashboard's C3).
 */
export function RecommendationDialog({
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
  const recorded = application.chosenType !== null;
  const [form, setForm] = useState<Recommendation>({
    recommended: application.recommendedType ?? (recorded ? 'none' : ''),
    reason: application.recommendationReason,
    chosen: application.chosenType ?? '',
  });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const { command: save } = useBusinessCommand(
    id,
    (body: Recommendation) => {
      const recommendedType = body.recommended === 'none' ? null : body.recommended;
      return api.put<BusinessSupport>(`/cases/${id}/business/recommendation`, {
        version: application.version,
        recommendedType,
        // Only a recommendation rests on something.
        reason: recommendedType ? body.reason.trim() : '',
        chosenType: body.chosen,
      });
    },
    { saved: () => t('business.recommendation.saved'), done: onClose },
  );

  function submit() {
    const required = (missing: boolean) => (missing ? t('validation.required') : '');
    const found = { recommendedType: required(!form.recommended), chosenType: required(!form.chosen) };
    setProblems(found);
    if (!Object.values(found).some(Boolean)) save.mutate(form);
  }

  const errors = fieldErrors(save.error);
  const change = (next: Partial<Recommendation>) => {
    setForm({ ...form, ...next });
    setProblems({});
  };
  const typeOptions = businessTypes.map((type) => ({ value: type, label: t(`business.types.${type}`) }));
  const choose = { value: '', label: t('business.recommendation.choose') };
  return (
    <BusinessDialog
      title={t('business.recommendation.dialogTitle', { name: file.summary.person.name })}
      submitLabel={t('business.recommendation.save')}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
      pending={save.isPending}
      error={save.error}
      problems={problems}
      size="md"
    >
      <NativeSelect
        label={t('business.recommendation.recommended')}
        description={t('business.recommendation.recommendedHelp')}
        value={form.recommended}
        onChange={(e) => change({ recommended: e.currentTarget.value as Recommended })}
        data={[choose, { value: 'none', label: t('business.recommendation.none') }, ...typeOptions]}
        error={problems.recommendedType || errors.recommendedType}
        withAsterisk
        data-autofocus
      />
      {form.recommended !== 'none' && form.recommended !== '' && (
        <Textarea
          label={t('business.recommendation.reason')}
          description={t('business.recommendation.reasonHelp')}
          value={form.reason}
          onChange={(e) => change({ reason: e.currentTarget.value })}
          error={errors.reason}
          autosize
          minRows={2}
          maxLength={2000}
          dir="auto"
        />
      )}
      <NativeSelect
        label={t('business.recommendation.chosen')}
        value={form.chosen}
        onChange={(e) => change({ chosen: e.currentTarget.value as BusinessType })}
        data={[choose, ...typeOptions]}
        error={problems.chosenType || errors.chosenType}
        withAsterisk
      />
    </BusinessDialog>
  );
}
