import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { ApiToken, Page } from '../api/types.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorNotice, fieldErrorsOf, useFieldErrors } from '../ui/errors.tsx';
import { useDates } from '../ui/format.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { SecretOnce } from '../ui/SecretOnce.tsx';

const tokensKey = ['api-tokens'] as const;

function CreateToken() {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: () =>
      api.post<{ token: string; apiToken: ApiToken }>('/auth/tokens', {
        name: name.trim(),
        expiresInDays: Number(days),
      }),
    onSuccess: () => {
      setName('');
      void queryClient.invalidateQueries({ queryKey: tokensKey });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!name.trim()) found.name = t('validation.required');
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 365) found.expiresInDays = t('tokens.daysRange');
    setProblems(found);
    if (Object.keys(found).length === 0) create.mutate();
  }
  const errors = { ...fieldErrors(create.error), ...problems };
  return (
    <Stack gap="sm">
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('tokens.name')}
            description={t('tokens.nameHelp')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            style={{ flex: '1 1 220px' }}
          />
          <TextInput
            label={t('tokens.expiresInDays')}
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            value={days}
            onChange={(e) => setDays(e.currentTarget.value)}
            error={errors.expiresInDays}
            style={{ flex: '0 1 140px' }}
          />
          <Button type="submit" loading={create.isPending}>
            {t('tokens.create')}
          </Button>
        </Group>
      </form>
      {!Object.keys(fieldErrorsOf(create.error)).length && <ErrorNotice error={create.error} />}
      {create.data && (
        <SecretOnce
          label={t('tokens.newToken', { name: create.data.apiToken.name })}
          value={create.data.token}
          hint={t('tokens.shownOnce')}
        />
      )}
    </Stack>
  );
}

export function ApiTokensSection() {
  const { t } = useTranslation();
  const dates = useDates();
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: tokensKey, queryFn: () => api.get<Page<ApiToken>>('/auth/tokens') });
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const revoke = useMutation({
    mutationFn: (token: ApiToken) => api.delete(`/auth/tokens/${token.id}`),
    onSuccess: (_, token) => {
      notifications.show({ color: 'teal', message: t('tokens.revoked', { name: token.name }) });
      setRevoking(null);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });

  return (
    <Stack component="section" aria-labelledby="tokens-heading" gap="sm">
      <Title order={2} id="tokens-heading">
        {t('tokens.title')}
      </Title>
      <Text>{t('tokens.intro')}</Text>
      <CreateToken />
      <ErrorNotice error={tokens.error} />
      <ScrollTable label={t('tokens.title')} minWidth={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tokens.name')}</Table.Th>
            <Table.Th>{t('tokens.created')}</Table.Th>
            <Table.Th>{t('tokens.expires')}</Table.Th>
            <Table.Th>{t('tokens.lastUsed')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.data?.items.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td fw={600}>{token.name}</Table.Td>
              <Table.Td>{dates.date(token.createdAt)}</Table.Td>
              <Table.Td>{dates.date(token.expiresAt)}</Table.Td>
              <Table.Td>{token.lastUsedAt ? dates.dateTime(token.lastUsedAt) : t('users.never')}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="light" color="red" onClick={() => setRevoking(token)}>
                  {t('tokens.revoke')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
          {tokens.data?.items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>{t('tokens.none')}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </ScrollTable>
      {revoking && (
        <ConfirmDialog
          opened
          title={t('tokens.revokeTitle', { name: revoking.name })}
          message={t('tokens.revokeBody')}
          confirmLabel={t('tokens.revoke')}
          danger
          busy={revoke.isPending}
          error={revoke.error}
          onConfirm={() => revoke.mutate(revoking)}
          onClose={() => {
            setRevoking(null);
            revoke.reset();
          }}
        />
      )}
    </Stack>
  );
}
