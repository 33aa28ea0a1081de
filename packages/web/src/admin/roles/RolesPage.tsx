import { Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { permissions, scopes } from '@reintegra/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Page, RoleDescription } from '../../api/types.ts';
import { ErrorNotice } from '../../ui/errors.tsx';
import { ScrollTable } from '../../ui/ScrollTable.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';

/** Read-only: roles are defined in the domain package and change with the code, not here. */
export function RolesPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.roles'));
  const roles = useQuery({
    queryKey: ['roles'],
    queryFn: () => api.get<Page<RoleDescription>>('/roles'),
    staleTime: Number.POSITIVE_INFINITY,
  });

  return (
    <Stack>
      <Title order={1}>{t('nav.roles')}</Title>
      <Text>{t('rolesPage.intro')}</Text>
      <ErrorNotice error={roles.error} />
      <ScrollTable label={t('nav.roles')} minWidth={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('rolesPage.role')}</Table.Th>
            {permissions.map((p) => (
              <Table.Th scope="col" key={p}>
                {t(`permissions.${p}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('rolesPage.defaultScope')}</Table.Th>
            <Table.Th scope="col">{t('rolesPage.maxScope')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {roles.data?.items.map((role) => (
            <Table.Tr key={role.role}>
              <Table.Th scope="row">{t(`roles.${role.role}`)}</Table.Th>
              {permissions.map((p) => {
                const granted = role.permissions.includes(p);
                return (
                  <Table.Td key={p} ta="center">
                    <span aria-hidden="true">{granted ? '✓' : '—'}</span>
                    <VisuallyHidden>{granted ? t('common.yes') : t('common.no')}</VisuallyHidden>
                  </Table.Td>
                );
              })}
              <Table.Td>{t(`scopes.${role.defaultScope}`)}</Table.Td>
              <Table.Td>{t(`scopes.${role.maxScope}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      <Stack gap={4} component="section" aria-labelledby="scopes-heading">
        <Title order={2} size="h4" id="scopes-heading">
          {t('rolesPage.scopesTitle')}
        </Title>
        {scopes.map((scope) => (
          <Text key={scope} size="sm">
            <strong>{t(`scopes.${scope}`)}</strong> — {t(`scopeHelp.${scope}`)}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
