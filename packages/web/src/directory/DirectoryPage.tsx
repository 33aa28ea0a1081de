import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { isGap, type ServiceType } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import {
  type ServiceSearch,
  useDirectoryCommand,
  useProviders,
  useServiceGaps,
  useServiceSearch,
} from '../referrals/queries.ts';
import { ServiceFacts } from '../referrals/ServiceFacts.tsx';
import type { ProviderService, ProviderWithServices, ServiceProvider } from '../referrals/types.ts';
import { serviceTypeGroups } from '../referrals/words.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { FilterBar } from '../ui/FilterBar.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { ProviderDialog } from './ProviderDialog.tsx';
import { ServiceDialog } from './ServiceDialog.tsx';

type Dialog =
  | { kind: 'provider'; provider?: ServiceProvider }
  | { kind: 'service'; provider: ServiceProvider; service?: ProviderService }
  | { kind: 'withdraw'; service: ProviderService }
  | null;

/** One service: its type, its Annex 7 marks, what it offers and to whom, and for managers the ways to change it. */
function ServiceEntry({
  service,
  providerName,
  onChange,
  onWithdraw,
}: {
  service: ProviderService;
  providerName?: string;
  onChange?: () => void;
  onWithdraw?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="article" aria-label={service.name}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Stack gap={0}>
            <Text fw={600} dir="auto">
              {service.name}
            </Text>
            <Text size="sm" c="dimmed" dir="auto">
              {[t(`referrals.serviceTypes.${service.type}`), providerName].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
          <Group gap={4}>
            {!service.active && (
              <Badge color="gray" c="gray.9" variant="light" tt="none">
                {t('directory.withdrawn')}
              </Badge>
            )}
            {isGap(service) ? (
              <Badge color="red" c="red.9" variant="light" tt="none">
                {t('directory.gapMarks', {
                  marks: (['available', 'adequateQuality', 'accessible'] as const)
                    .filter((m) => !service[m])
                    .map((m) => t(`directory.notMarks.${m}`))
                    .join(', '),
                })}
              </Badge>
            ) : (
              <Badge color="teal" c="teal.9" variant="light" tt="none">
                {t('directory.meetsMarks')}
              </Badge>
            )}
          </Group>
        </Group>
        {service.description && (
          <Text size="sm" dir="auto">
            {service.description}
          </Text>
        )}
        <ServiceFacts service={service} />
        {(onChange || onWithdraw) && service.active && (
          <Group gap="xs">
            {onChange && (
              <Button size="xs" variant="light" onClick={onChange}>
                {t('directory.changeServiceButton')}
              </Button>
            )}
            {onWithdraw && (
              <Button size="xs" variant="subtle" color="red" onClick={onWithdraw}>
                {t('directory.withdraw')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function ProviderEntry({
  provider,
  manage,
  onDialog,
}: {
  provider: ProviderWithServices;
  manage: boolean;
  onDialog: (dialog: Dialog) => void;
}) {
  const { t } = useTranslation();
  const headingId = `provider-${provider.id}`;
  const contact = [
    provider.contact.person,
    provider.contact.phone,
    provider.contact.email,
    provider.contact.address,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Group justify="space-between" gap="xs">
        <Stack gap={0}>
          <Title order={2} size="h4" id={headingId} dir="auto">
            {provider.name}
          </Title>
          <Text size="sm" c="dimmed" dir="auto">
            {[provider.kind, t(`directory.agreements.${provider.agreement}`)].filter(Boolean).join(' · ')}
          </Text>
          {contact && (
            <Text size="sm" dir="auto">
              {contact}
            </Text>
          )}
        </Stack>
        {manage && (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => onDialog({ kind: 'provider', provider })}>
              {t('directory.changeProviderButton')}
            </Button>
            <Button size="xs" variant="light" onClick={() => onDialog({ kind: 'service', provider })}>
              {t('directory.addServiceButton')}
            </Button>
          </Group>
        )}
      </Group>
      {provider.services.length === 0 && <Text size="sm">{t('directory.noServices')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {provider.services.map((s) => (
          <ServiceEntry
            key={s.id}
            service={s}
            onChange={manage ? () => onDialog({ kind: 'service', provider, service: s }) : undefined}
            onWithdraw={manage ? () => onDialog({ kind: 'withdraw', service: s }) : undefined}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** Services found by need, place and words, across providers. */
function ServiceFinder() {
  const { t } = useTranslation();
  const [search, setSearch] = useState<ServiceSearch>({ type: '', place: '', q: '' });
  const [debounced] = useDebouncedValue(search, 300);
  const found = useServiceSearch(debounced);
  return (
    <Stack>
      <FilterBar label={t('directory.searchLabel')}>
        <NativeSelect
          label={t('referrals.refer.need')}
          value={search.type}
          onChange={(e) => setSearch({ ...search, type: e.currentTarget.value as ServiceType | '' })}
          data={[{ value: '', label: t('referrals.refer.anyNeed') }, ...serviceTypeGroups(t)]}
        />
        <TextInput
          label={t('referrals.refer.place')}
          value={search.place}
          onChange={(e) => setSearch({ ...search, place: e.currentTarget.value })}
          dir="auto"
        />
        <TextInput
          label={t('referrals.refer.words')}
          value={search.q}
          onChange={(e) => setSearch({ ...search, q: e.currentTarget.value })}
          dir="auto"
        />
      </FilterBar>
      <ErrorNotice error={found.error} />
      {found.isSuccess && found.data.items.length === 0 && <Text>{t('referrals.refer.noService')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {found.data?.items.map((s) => (
          <ServiceEntry key={s.id} service={s} providerName={s.provider.name} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** Annex 7: for each type of service, whether one is available, of adequate quality and accessible. */
function GapsView() {
  const { t } = useTranslation();
  const gaps = useServiceGaps();
  const items = gaps.data?.items ?? [];
  return (
    <Stack>
      <Text>{t('directory.gaps.intro')}</Text>
      <ErrorNotice error={gaps.error} />
      <ScrollTable label={t('directory.gaps.title')} minWidth={480}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('directory.gaps.type')}</Table.Th>
            <Table.Th>{t('directory.gaps.listed')}</Table.Th>
            <Table.Th>{t('directory.gaps.adequate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((g) => (
            <Table.Tr key={g.type}>
              <Table.Td fw={g.adequate === 0 ? 600 : undefined}>
                {t(`referrals.serviceTypes.${g.type}`)}
                {g.adequate === 0 && (
                  <Badge ms="xs" color="red" c="red.9" variant="light" tt="none">
                    {t('directory.gaps.gap')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{g.listed}</Table.Td>
              <Table.Td>{g.adequate}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </Stack>
  );
}

/**
 * The service directory of the mission (service mapping, seed-002 L621): who
 * offers what, to whom, where, at what cost and how well, and where there is
 * no adequate service at all (Annex 7).
 */
export function DirectoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('referrals.nav.directory'));
  const { can } = useSession();
  const manage = can('directory.manage');
  const providers = useProviders();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const reload = () => {
    void providers.refetch();
    close();
  };
  const withdrawn = dialog?.kind === 'withdraw' ? dialog.service : null;
  const withdraw = useDirectoryCommand(
    () => api.patch(`/services/${withdrawn?.id}`, { version: withdrawn?.version, active: false }),
    { saved: t('directory.withdrawnSaved', { name: withdrawn?.name ?? '' }), done: close },
  );
  const items = providers.data?.items ?? [];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('referrals.nav.directory')}</Title>
          <Text>{t('directory.intro')}</Text>
        </Stack>
        {manage && (
          <Button onClick={() => setDialog({ kind: 'provider' })}>{t('directory.addProvider')}</Button>
        )}
      </Group>
      <Tabs defaultValue="providers" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="providers">{t('directory.tabs.providers')}</Tabs.Tab>
          <Tabs.Tab value="search">{t('directory.tabs.search')}</Tabs.Tab>
          <Tabs.Tab value="gaps">{t('directory.tabs.gaps')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="providers" pt="md">
          <Stack gap="xl">
            <ErrorNotice error={providers.error} />
            {providers.isSuccess && items.length === 0 && (
              <Alert variant="light">{t('directory.noProviders')}</Alert>
            )}
            {items
              .filter((p) => p.active)
              .map((p) => (
                <ProviderEntry key={p.id} provider={p} manage={manage} onDialog={setDialog} />
              ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="search" pt="md">
          <ServiceFinder />
        </Tabs.Panel>
        <Tabs.Panel value="gaps" pt="md">
          <GapsView />
        </Tabs.Panel>
      </Tabs>
      {dialog?.kind === 'provider' && (
        <ProviderDialog provider={dialog.provider} onReload={reload} onClose={close} />
      )}
      {dialog?.kind === 'service' && (
        <ServiceDialog
          provider={dialog.provider}
          service={dialog.service}
          onReload={reload}
          onClose={close}
        />
      )}
      {withdrawn && (
        <ConfirmDialog
          opened
          title={t('directory.withdrawTitle', { name: withdrawn.name })}
          message={t('directory.withdrawBody')}
          confirmLabel={t('directory.withdraw')}
          danger
          busy={withdraw.isPending}
          error={withdraw.error}
          onConfirm={() => withdraw.mutate(undefined)}
          onClose={close}
        />
      )}
    </Stack>
  );
}
