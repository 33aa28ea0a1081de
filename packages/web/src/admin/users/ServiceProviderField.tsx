import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProviders } from '../../referrals/queries.ts';

/** The organisation a referral partner works for, from the service directory: they see what is sent to it. */
export function ServiceProviderField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (providerId: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const providers = useProviders();
  const choices = (providers.data?.items ?? [])
    .filter((p) => p.active || p.id === value)
    .map((p) => ({ value: p.id, label: p.name }));
  return (
    <NativeSelect
      label={t('partner.users.provider')}
      description={t('partner.users.providerHelp')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[{ value: '', label: t('partner.users.noProvider') }, ...choices]}
      error={error ?? (providers.error ? t('partner.users.providersFailed') : undefined)}
      withAsterisk
    />
  );
}
