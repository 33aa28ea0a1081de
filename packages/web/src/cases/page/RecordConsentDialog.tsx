import { Button, Group, NativeSelect, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile, ConsentPurpose } from '../../api/types.ts';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { ConsentFields } from '../ConsentFields.tsx';
import { type ConsentDraft, consentBody, consentProblems, emptyConsent } from '../consent.ts';
import { useCaseCommand } from '../queries.ts';
import { registrationConsent } from './rules.ts';

export const consentPurposes: ConsentPurpose[] = ['registration', 'data_sharing', 'referral', 'transfer'];

/**
 * Records a consent the person (or their guardian) has given. Consents are
 * added, never edited: a record of what was agreed, how and by whom.
 */
export function RecordConsentDialog({
  file,
  purpose: asked,
  onClose,
}: {
  file: CaseFile;
  /** The purpose to start from, when the dialog is opened for one (a hand-over needs transfer). */
  purpose?: ConsentPurpose;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  // Registration is the consent a new case most often still lacks.
  const [purpose, setPurpose] = useState<ConsentPurpose | ''>(
    asked ?? (registrationConsent(file) ? '' : 'registration'),
  );
  const [consent, setConsent] = useState<ConsentDraft>({
    ...emptyConsent,
    givenBy: file.summary.person.name,
  });
  const [problems, setProblems] = useState<Record<string, string>>({});

  const { command: record } = useCaseCommand(
    file.summary.id,
    () => api.post<CaseFile>(`/cases/${file.summary.id}/consents`, { purpose, ...consentBody(consent) }),
    { saved: () => t('cases.consentSaved'), done: onClose },
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = consentProblems(consent, t);
    if (!purpose) found.purpose = t('validation.required');
    setProblems(found);
    if (Object.keys(found).length === 0) record.mutate();
  }

  const errors = { ...fieldErrors(record.error), ...problems };
  return (
    <ResponsiveModal opened onClose={onClose} title={t('cases.recordConsent')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <NativeSelect
            label={t('consent.purpose')}
            value={purpose}
            onChange={(e) => setPurpose(e.currentTarget.value as ConsentPurpose | '')}
            data={[
              { value: '', label: t('cases.choose') },
              ...consentPurposes.map((p) => ({ value: p, label: t(`consentPurposes.${p}`) })),
            ]}
            error={errors.purpose}
            withAsterisk
          />
          <ConsentFields value={consent} onChange={setConsent} errors={errors} />
          <ErrorNotice error={record.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('cases.recordConsent')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
