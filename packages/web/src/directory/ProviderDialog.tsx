import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type AgreementType, agreementTypes } from '@reintegra/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client.ts';
import { useDirectoryCommand } from '../referrals/queries.ts';
import type { ServiceProvider } from '../referrals/types.ts';
import { ErrorNotice, useFieldErrors } from '../ui/errors.tsx';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { StaleVersionNotice } from '../ui/StaleVersionNotice.tsx';
import { changedFields } from './changes.ts';

type ProviderDraft = Omit<ServiceProvider, 'id' | 'missionId' | 'active' | 'version'>;

const emptyProvider: ProviderDraft = {
  name: '',
  kind: '',
  contact: { person: '', phone: '', email: '', address: '', hours: '' },
  agreement: 'none',
  agreementEndsOn: null,
  qualityNotes: '',
  verifiedOn: null,
};

const draftOf = (p: ServiceProvider): ProviderDraft => ({
  name: p.name,
  kind: p.kind,
  contact: p.contact,
  agreement: p.agreement,
  agreementEndsOn: p.agreementEndsOn,
  qualityNotes: p.qualityNotes,
  verifiedOn: p.verifiedOn,
});

const contactParts = ['person', 'phone', 'email', 'address', 'hours'] as const;

/** Adds a provider to the directory or changes one: who they are, how to reach them, the agreement with them. */
export function ProviderDialog({
  provider,
  onReload,
  onClose,
}: {
  /** Absent: a new provider. */
  provider?: ServiceProvider;
  onReload: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const before = provider ? draftOf(provider) : emptyProvider;
  const [draft, setDraft] = useState<ProviderDraft>(before);
  const [missing, setMissing] = useState(false);
  const save = useDirectoryCommand(
    () =>
      provider
        ? api.patch(`/service-providers/${provider.id}`, {
            version: provider.version,
            ...changedFields(before, draft),
          })
        : api.post('/service-providers', draft),
    { saved: t('directory.providerSaved', { name: draft.name }), done: onClose },
  );
  const stale = save.error instanceof ApiError && save.error.code === 'stale_version';
  const errors = fieldErrors(save.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!draft.name.trim());
    if (draft.name.trim()) save.mutate(undefined);
  }

  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={provider ? t('directory.changeProvider', { name: provider.name }) : t('directory.addProvider')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('directory.provider.name')}
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            error={missing ? t('validation.required') : errors.name}
            withAsterisk
            dir="auto"
          />
          <TextInput
            label={t('directory.provider.kind')}
            description={t('directory.provider.kindHelp')}
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value })}
            dir="auto"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {contactParts.map((part) => (
              <TextInput
                key={part}
                label={t(`directory.provider.contact.${part}`)}
                type={part === 'email' ? 'email' : part === 'phone' ? 'tel' : 'text'}
                value={draft.contact[part]}
                onChange={(e) =>
                  setDraft({ ...draft, contact: { ...draft.contact, [part]: e.currentTarget.value } })
                }
                error={errors[`contact.${part}`]}
                dir="auto"
              />
            ))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <NativeSelect
              label={t('directory.provider.agreement')}
              value={draft.agreement}
              onChange={(e) => setDraft({ ...draft, agreement: e.currentTarget.value as AgreementType })}
              data={agreementTypes.map((a) => ({ value: a, label: t(`directory.agreements.${a}`) }))}
            />
            <TextInput
              type="date"
              label={t('directory.provider.agreementEndsOn')}
              value={draft.agreementEndsOn ?? ''}
              onChange={(e) => setDraft({ ...draft, agreementEndsOn: e.currentTarget.value || null })}
            />
          </SimpleGrid>
          <Textarea
            label={t('directory.provider.qualityNotes')}
            description={t('directory.provider.qualityNotesHelp')}
            value={draft.qualityNotes}
            onChange={(e) => setDraft({ ...draft, qualityNotes: e.currentTarget.value })}
            autosize
            minRows={2}
            dir="auto"
          />
          <TextInput
            type="date"
            label={t('directory.provider.verifiedOn')}
            value={draft.verifiedOn ?? ''}
            onChange={(e) => setDraft({ ...draft, verifiedOn: e.currentTarget.value || null })}
          />
          {stale ? <StaleVersionNotice onReload={onReload} /> : <ErrorNotice error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={stale}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
