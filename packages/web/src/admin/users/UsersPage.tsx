import {
  Badge,
  Button,
  Group,
  Menu,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { roles } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types.ts';
import { useMe } from '../../auth/session.tsx';
import { ErrorNotice } from '../../ui/errors.tsx';
import { FilterBar } from '../../ui/FilterBar.tsx';
import { useDates } from '../../ui/format.ts';
import { Ltr } from '../../ui/Ltr.tsx';
import { Pager } from '../../ui/Pager.tsx';
import { ScrollTable } from '../../ui/ScrollTable.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { useOrganisation } from '../organisation/queries.ts';
import { type AccountAction, AccountActionDialog } from './AccountActions.tsx';
import { CreateUserDialog } from './CreateUserDialog.tsx';
import { EditUserDialog } from './EditUserDialog.tsx';
import { isLocked, pageSize, type UserFilter, useUsers } from './queries.ts';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: AccountAction; user: User } | null;

function StatusCell({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <Text size="sm">{user.active ? t('users.active') : t('users.inactive')}</Text>
      {isLocked(user) && (
        <Badge color="red" variant="light">
          {t('users.locked')}
        </Badge>
      )}
      {user.mustChangePassword && (
        <Badge color="grape" variant="light">
          {t('users.mustChangePassword')}
        </Badge>
      )}
      {user.totpEnabled && (
        <Badge color="blue" variant="light">
          {t('users.twoStep')}
        </Badge>
      )}
    </Group>
  );
}

function RowActions({ user, self, open }: { user: User; self: boolean; open: (dialog: Dialog) => void }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs">
          {t('common.actions')}
          <VisuallyHidden> {user.displayName}</VisuallyHidden>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => open({ kind: 'edit', user })}>{t('common.edit')}</Menu.Item>
        <Menu.Item onClick={() => open({ kind: 'resetPassword', user })}>
          {t('users.resetPassword')}
        </Menu.Item>
        {isLocked(user) && (
          <Menu.Item onClick={() => open({ kind: 'unlock', user })}>{t('users.unlock')}</Menu.Item>
        )}
        {/* The server refuses to let administrators disable themselves; do not offer it. */}
        {!self &&
          (user.active ? (
            <Menu.Item color="red" onClick={() => open({ kind: 'deactivate', user })}>
              {t('users.deactivate')}
            </Menu.Item>
          ) : (
            <Menu.Item onClick={() => open({ kind: 'reactivate', user })}>{t('users.reactivate')}</Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.users'));
  const me = useMe();
  const dates = useDates();
  const { officeName, missionName, officeGroups } = useOrganisation();
  const [filter, setFilter] = useState<UserFilter>({ q: '', role: '', officeId: '', active: '' });
  const [offset, setOffset] = useState(0);
  const [dialog, setDialog] = useState<Dialog>(null);
  // Wait for a pause in typing before asking the server: fewer requests on a slow line.
  const [q] = useDebouncedValue(filter.q, 350);
  const users = useUsers({ ...filter, q: q.trim() }, offset);
  const update = (changes: Partial<UserFilter>) => {
    setFilter({ ...filter, ...changes });
    setOffset(0);
  };

  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={1}>{t('nav.users')}</Title>
        <Button onClick={() => setDialog({ kind: 'create' })}>{t('users.create')}</Button>
      </Group>

      <FilterBar label={t('users.filters')}>
        <TextInput
          label={t('users.search')}
          type="search"
          value={filter.q}
          onChange={(e) => update({ q: e.currentTarget.value })}
        />
        <NativeSelect
          label={t('users.role')}
          value={filter.role}
          onChange={(e) => update({ role: e.currentTarget.value })}
          data={[
            { value: '', label: t('users.allRoles') },
            ...roles.map((r) => ({ value: r, label: t(`roles.${r}`) })),
          ]}
        />
        <NativeSelect
          label={t('users.office')}
          value={filter.officeId}
          onChange={(e) => update({ officeId: e.currentTarget.value })}
          data={[{ value: '', label: t('users.allOffices') }, ...officeGroups(null, true)]}
        />
        <NativeSelect
          label={t('users.status')}
          value={filter.active}
          onChange={(e) => update({ active: e.currentTarget.value as UserFilter['active'] })}
          data={[
            { value: '', label: t('users.anyStatus') },
            { value: 'true', label: t('users.active') },
            { value: 'false', label: t('users.inactive') },
          ]}
        />
      </FilterBar>

      <ErrorNotice error={users.error} />

      <ScrollTable label={t('nav.users')} minWidth={860}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.name')}</Table.Th>
            <Table.Th>{t('users.role')}</Table.Th>
            <Table.Th>{t('users.scope')}</Table.Th>
            <Table.Th>{t('users.place')}</Table.Th>
            <Table.Th>{t('users.status')}</Table.Th>
            <Table.Th>{t('users.lastSignIn')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.data?.items.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {user.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  <Ltr>{user.username}</Ltr>
                </Text>
              </Table.Td>
              <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
              <Table.Td>{t(`scopes.${user.scope}`)}</Table.Td>
              <Table.Td>{officeName(user.officeId) || missionName(user.missionId) || '—'}</Table.Td>
              <Table.Td>
                <StatusCell user={user} />
              </Table.Td>
              <Table.Td>{user.lastLoginAt ? dates.dateTime(user.lastLoginAt) : t('users.never')}</Table.Td>
              <Table.Td>
                <RowActions user={user} self={user.id === me.user.id} open={setDialog} />
              </Table.Td>
            </Table.Tr>
          ))}
          {users.data?.items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>{t('users.none')}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </ScrollTable>

      {users.data && <Pager offset={offset} limit={pageSize} total={users.data.total} onChange={setOffset} />}

      {dialog?.kind === 'create' && <CreateUserDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <EditUserDialog user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog && dialog.kind !== 'create' && dialog.kind !== 'edit' && (
        <AccountActionDialog action={dialog.kind} user={dialog.user} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
