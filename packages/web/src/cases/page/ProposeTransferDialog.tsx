import { Alert, Button, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { type TransferRecipient, transferRecipients } from '@reintegra/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client.ts';
import type { CaseFile } from '../../api/types.ts';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { useCaseCommand } from '../queries.ts';
import { transferConsent } from './rules.ts';

interface Proposal {
  recipient: '' | TransferRecipient;
  organisation: string;
  contactName: string;
  contactDetails: string;
  reason: string;
  summary: string;
}

const emptyProposal: Proposal = {
  recipient: '',
  organisation: '',
  contactName: '',
  contactDetails: '',
  reason: '',
  summary: '',
};

/**
 * Proposes handing the case to a partner organisation or a government
 * caseworker (seed-000 L443). Nothing leaves until a supervisor approves.
 * Without the person's consent to the transfer the server refuses
 * (consent_required): the dialog says so first and offers to record it.
 */
export function ProposeTransferDialog({
  file,
  onRecordConsent,
  onClose,
}: {
  file: CaseFile;
  onRecordConsent: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const [proposal, setProposal] = useState<Proposal>(emptyProposal);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const id = file.summary.id;
  const set = (changes: Partial<Proposal>) => setProposal({ ...proposal, ...changes });

  const { command: propose } = useCaseCommand(
    id,
    () =>
      api.post<CaseFile>(`/cases/${id}/transfers`, {
        recipient: proposal.recipient,
        organisation: proposal.organisation.trim(),
        contactName: proposal.contactName.trim(),
        contactDetails: proposal.contactDetails.trim(),
        reason: proposal.reason.trim(),
        summary: proposal.summary.trim(),
      }),
    { saved: () => t('transfers.proposed'), done: onClose },
  );
  const noConsent =
    !transferConsent(file) ||
    (propose.error instanceof ApiError && propose.error.code === 'consent_required');

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const key of ['recipient', 'organisation', 'contactName', 'reason', 'summary'] as const) {
      if (!proposal[key].trim()) found[key] = t('validation.required');
    }
    setProblems(found);
    if (Object.keys(found).length === 0) propose.mutate();
  }

  const errors = { ...fieldErrors(propose.error), ...problems };
  const text = (key: 'organisation' | 'contactName') => (
    <TextInput
      label={t(`transfers.${key}`)}
      value={proposal[key]}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
      error={errors[key]}
      withAsterisk
      autoComplete="off"
      dir="auto"
    />
  );
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('transfers.title', { reference: file.summary.reference })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {noConsent && (
            <Alert color="orange" c="orange.9" variant="light">
              <Stack gap="xs" align="flex-start">
                {t('transfers.consentMissing')}
                <Button size="xs" variant="default" onClick={onRecordConsent}>
                  {t('handOvers.recordTransferConsent')}
                </Button>
              </Stack>
            </Alert>
          )}
          <Radio.Group
            label={t('transfers.recipient')}
            value={proposal.recipient}
            onChange={(value) => set({ recipient: value as TransferRecipient })}
            error={errors.recipient}
            withAsterisk
          >
            <Group mt={4}>
              {transferRecipients.map((r) => (
                <Radio key={r} value={r} label={t(`transferRecipients.${r}`)} />
              ))}
            </Group>
          </Radio.Group>
          {text('organisation')}
          {text('contactName')}
          <Textarea
            label={t('transfers.contactDetails')}
            description={t('transfers.contactDetailsHelp')}
            value={proposal.contactDetails}
            onChange={(e) => set({ contactDetails: e.currentTarget.value })}
            error={errors.contactDetails}
            autosize
            minRows={2}
            dir="auto"
          />
          <Textarea
            label={t('transfers.reason')}
            description={t('transfers.reasonHelp')}
            value={proposal.reason}
            onChange={(e) => set({ reason: e.currentTarget.value })}
            error={errors.reason}
            withAsterisk
            autosize
            minRows={2}
            dir="auto"
          />
          <Textarea
            label={t('transfers.summary')}
            description={t('transfers.summaryHelp')}
            value={proposal.summary}
            onChange={(e) => set({ summary: e.currentTarget.value })}
            error={errors.summary}
            withAsterisk
            autosize
            minRows={3}
            dir="auto"
          />
          <ErrorNotice error={propose.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={propose.isPending} disabled={noConsent}>
              {t('transfers.propose')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
