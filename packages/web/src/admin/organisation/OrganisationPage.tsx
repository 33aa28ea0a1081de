import { Button, Group, Menu, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Mission, Office } from '../../api/types.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { ErrorNotice } from '../../ui/errors.tsx';
import { Ltr } from '../../ui/Ltr.tsx';
import { ScrollTable } from '../../ui/ScrollTable.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { MissionDialog } from './MissionDialog.tsx';
import { OfficeDialog } from './OfficeDialog.tsx';
import { missionsKey, officesKey, useMissions, useOffices, useOrganisation } from './queries.ts';

type Dialog =
  | { kind: 'mission'; mission?: Mission }
  | { kind: 'office'; office?: Office }
  | { kind: 'toggle'; what: 'mission'; record: Mission }
  | { kind: 'toggle'; what: 'office'; record: Office }
  | null;

/**
 * Closing an office or mission keeps its records and history; it only stops
 * new users from being placed there. Nothing is ever deleted.
 */
function ToggleActiveDialog({
  dialog,
  onClose,
}: {
  dialog: Extract<Dialog, { kind: 'toggle' }>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { record, what } = dialog;
  const active = !record.active;
  const toggle = useMutation({
    mutationFn: () => api.patch(`/${what}s/${record.id}`, { version: record.version, active }),
    onSuccess: () => {
      notifications.show({
        color: 'teal',
        message: t(active ? 'organisation.reopened' : 'organisation.closed', { name: record.name }),
      });
      onClose();
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: what === 'mission' ? missionsKey : officesKey }),
  });
  return (
    <ConfirmDialog
      opened
      title={t(active ? 'organisation.reopenTitle' : 'organisation.closeTitle', { name: record.name })}
      message={t(active ? 'organisation.reopenBody' : 'organisation.closeBody')}
      confirmLabel={t(active ? 'organisation.reopen' : 'organisation.close')}
      danger={!active}
      busy={toggle.isPending}
      error={toggle.error}
      onConfirm={() => toggle.mutate()}
      onClose={onClose}
    />
  );
}

function RowMenu({
  name,
  active,
  onEdit,
  onToggle,
}: {
  name: string;
  active: boolean;
  onEdit: () => void;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs">
          {t('common.actions')}
          <VisuallyHidden> {name}</VisuallyHidden>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={onEdit}>{t('common.edit')}</Menu.Item>
        <Menu.Item color={active ? 'red' : undefined} onClick={onToggle}>
          {active ? t('organisation.close') : t('organisation.reopen')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function OrganisationPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.organisation'));
  const missions = useMissions();
  const offices = useOffices();
  const { missionName } = useOrganisation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <Stack gap="xl">
      <Title order={1}>{t('nav.organisation')}</Title>

      <Stack component="section" aria-labelledby="missions-heading">
        <Group justify="space-between">
          <Title order={2} id="missions-heading">
            {t('organisation.missions')}
          </Title>
          <Button onClick={() => setDialog({ kind: 'mission' })}>{t('organisation.addMission')}</Button>
        </Group>
        <ErrorNotice error={missions.error} />
        <ScrollTable label={t('organisation.missions')} minWidth={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('organisation.missionName')}</Table.Th>
              <Table.Th>{t('organisation.country')}</Table.Th>
              <Table.Th>{t('organisation.missionRole')}</Table.Th>
              <Table.Th>{t('organisation.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {missions.data?.items.map((mission) => (
              <Table.Tr key={mission.id}>
                <Table.Td fw={600}>{mission.name}</Table.Td>
                <Table.Td>
                  <Ltr>{mission.countryCode}</Ltr>
                </Table.Td>
                <Table.Td>{t(`missionRoles.${mission.role}`)}</Table.Td>
                <Table.Td>
                  {mission.active ? t('organisation.open') : t('organisation.closedStatus')}
                </Table.Td>
                <Table.Td>
                  <RowMenu
                    name={mission.name}
                    active={mission.active}
                    onEdit={() => setDialog({ kind: 'mission', mission })}
                    onToggle={() => setDialog({ kind: 'toggle', what: 'mission', record: mission })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
            {missions.data?.items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>{t('organisation.noMissions')}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </ScrollTable>
      </Stack>

      <Stack component="section" aria-labelledby="offices-heading">
        <Group justify="space-between">
          <Title order={2} id="offices-heading">
            {t('organisation.offices')}
          </Title>
          <Button
            onClick={() => setDialog({ kind: 'office' })}
            disabled={!missions.data?.items.some((m) => m.active)}
          >
            {t('organisation.addOffice')}
          </Button>
        </Group>
        {missions.data?.items.length === 0 && <Text>{t('organisation.missionFirst')}</Text>}
        <ErrorNotice error={offices.error} />
        <ScrollTable label={t('organisation.offices')} minWidth={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('organisation.officeName')}</Table.Th>
              <Table.Th>{t('organisation.mission')}</Table.Th>
              <Table.Th>{t('organisation.location')}</Table.Th>
              <Table.Th>{t('organisation.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {offices.data?.items.map((office) => (
              <Table.Tr key={office.id}>
                <Table.Td fw={600}>{office.name}</Table.Td>
                <Table.Td>{missionName(office.missionId)}</Table.Td>
                <Table.Td>{office.location || '—'}</Table.Td>
                <Table.Td>{office.active ? t('organisation.open') : t('organisation.closedStatus')}</Table.Td>
                <Table.Td>
                  <RowMenu
                    name={office.name}
                    active={office.active}
                    onEdit={() => setDialog({ kind: 'office', office })}
                    onToggle={() => setDialog({ kind: 'toggle', what: 'office', record: office })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
            {offices.data?.items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>{t('organisation.noOffices')}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </ScrollTable>
      </Stack>

      {dialog?.kind === 'mission' && <MissionDialog mission={dialog.mission} onClose={close} />}
      {dialog?.kind === 'office' && <OfficeDialog office={dialog.office} onClose={close} />}
      {dialog?.kind === 'toggle' && <ToggleActiveDialog dialog={dialog} onClose={close} />}
    </Stack>
  );
}
