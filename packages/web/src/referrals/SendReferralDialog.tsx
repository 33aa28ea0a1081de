import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type ConsentException, consentExceptions } from '@reintegra/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client.ts';
import type { CaseFile } from '../api/types.ts';
import { ErrorNotice } from '../ui/errors.tsx';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { StaleVersionNotice } from '../ui/StaleVersionNotice.tsx';
import { useReferralCommand } from './queries.ts';
import type { Referral } from './types.ts';

/** A consent to referral on the case and not withdrawn: without one the server refuses to send. */
export const hasReferralConsent = (file: CaseFile) =>
  file.consents.some((c) => c.purpose === 'referral' && !c.withdrawnAt);

/**
 * Sends a drafted referral. Without the returnee's consent to referral, the
 * caseworker records it first, or records why it cannot be asked (life at
 * risk, unable to consent) and who determined it (seed-002 L3025).
 */
export function SendReferralDialog({
  file,
  referral,
  service,
  onRecordConsent,
  onReload,
  onClose,
}: {
  file: CaseFile;
  referral: Referral;
  /** The service and provider, as the section names them. */
  service: string;
  onRecordConsent: () => void;
  onReload: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const consented = hasReferralConsent(file);
  const [exception, setException] = useState<ConsentException | ''>('');
  const [determinedBy, setDeterminedBy] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const send = useReferralCommand(
    referral.caseId,
    () =>
      api.post<Referral>(`/cases/${referral.caseId}/referrals/${referral.id}/send`, {
        version: referral.version,
        exception: consented || !exception ? null : { reason: exception, determinedBy: determinedBy.trim() },
      }),
    { saved: t('referrals.send.saved'), done: onClose },
  );
  const stale = send.error instanceof ApiError && send.error.code === 'stale_version';

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!consented) {
      if (!exception) found.exception = t('validation.required');
      if (!determinedBy.trim()) found.determinedBy = t('validation.required');
    }
    setProblems(found);
    if (Object.keys(found).length === 0) send.mutate(undefined);
  }

  return (
    <ResponsiveModal opened onClose={onClose} title={t('referrals.send.title')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('referrals.send.what', { service })}</Text>
          <Text size="sm">
            {t('referrals.send.fields', {
              fields: referral.sharedFields.map((f) => t(`referrals.fields.${f}`)).join(', '),
            })}
          </Text>
          {!consented && (
            <Alert color="orange" c="orange.9" variant="light">
              <Stack gap="sm" align="flex-start">
                <Text size="sm" fw={600}>
                  {t('referrals.send.noConsent')}
                </Text>
                <Text size="sm">{t('referrals.send.noConsentHelp')}</Text>
                <Button variant="default" size="xs" onClick={onRecordConsent}>
                  {t('referrals.send.recordConsent')}
                </Button>
                <Text size="sm">{t('referrals.send.orException')}</Text>
                <NativeSelect
                  label={t('referrals.send.exception')}
                  value={exception}
                  onChange={(e) => setException(e.currentTarget.value as ConsentException | '')}
                  data={[
                    { value: '', label: t('cases.choose') },
                    ...consentExceptions.map((e) => ({ value: e, label: t(`referrals.exceptions.${e}`) })),
                  ]}
                  error={problems.exception}
                  withAsterisk
                />
                <TextInput
                  label={t('referrals.send.determinedBy')}
                  description={t('referrals.send.determinedByHelp')}
                  value={determinedBy}
                  onChange={(e) => setDeterminedBy(e.currentTarget.value)}
                  error={problems.determinedBy}
                  withAsterisk
                  dir="auto"
                />
              </Stack>
            </Alert>
          )}
          {stale ? <StaleVersionNotice onReload={onReload} /> : <ErrorNotice error={send.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={send.isPending} disabled={stale}>
              {t('referrals.send.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
