import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Switch } from '@mantine/core';
import { type Vulnerability, vulnerabilities } from '@reintegra/domain';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile, CaseSummary } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorNotice } from '../../ui/errors.tsx';
import { StaleVersionNotice } from '../../ui/StaleVersionNotice.tsx';
import { useCaseCommand } from '../queries.ts';
import { Section } from './Section.tsx';

type ManagementType = CaseSummary['caseManagementType'];

/** The same flags in any order: the server keeps a set. */
const sameFlags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((flag) => b.includes(flag));

/**
 * What the team decided about the case: generalist or intensive case
 * management, whether it is sensitive, and the situations of vulnerability it
 * is flagged with. Sent with the version read, so a colleague's change in
 * between is never overwritten.
 */
function DecisionsForm({ file, onReload }: { file: CaseFile; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { summary } = file;
  const [type, setType] = useState<ManagementType>(summary.caseManagementType);
  const [sensitive, setSensitive] = useState(summary.sensitive);
  const [flags, setFlags] = useState<Vulnerability[]>(summary.vulnerabilities);
  const flagsChanged = !sameFlags(flags, summary.vulnerabilities);
  const writer = can('cases.write');

  const { command: save, stale } = useCaseCommand(
    summary.id,
    () =>
      api.patch<CaseFile>(`/cases/${summary.id}`, {
        version: summary.version,
        // Only what changed: the history records one event per decision.
        ...(type !== summary.caseManagementType ? { caseManagementType: type } : {}),
        ...(sensitive !== summary.sensitive ? { sensitive } : {}),
        // The whole set, in the domain's order: what is left out is cleared.
        ...(flagsChanged ? { vulnerabilities: vulnerabilities.filter((v) => flags.includes(v)) } : {}),
      }),
    { saved: () => t('cases.decisionsSaved') },
  );
  const reload = useMutation({ mutationFn: onReload });
  const changed = type !== summary.caseManagementType || sensitive !== summary.sensitive || flagsChanged;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (changed) save.mutate();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={520}>
        <NativeSelect
          label={t('cases.caseManagementType')}
          value={type ?? ''}
          onChange={(e) => setType((e.currentTarget.value || null) as ManagementType)}
          data={[
            { value: '', label: t('cases.notDecided') },
            { value: 'generalist', label: t('caseManagementTypes.generalist') },
            { value: 'intensive', label: t('caseManagementTypes.intensive') },
          ]}
          disabled={!writer}
        />
        <Switch
          label={t('cases.sensitiveSwitch')}
          description={t('cases.sensitiveHelp')}
          checked={sensitive}
          onChange={(e) => setSensitive(e.currentTarget.checked)}
          disabled={!writer}
        />
        <Checkbox.Group
          label={t('cases.vulnerabilities')}
          description={t('cases.vulnerabilitiesHelp')}
          value={flags}
          onChange={(value) => setFlags(value as Vulnerability[])}
        >
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
            {vulnerabilities.map((v) => (
              <Checkbox key={v} value={v} label={t(`vulnerabilities.${v}`)} disabled={!writer} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        {stale ? (
          <StaleVersionNotice onReload={() => reload.mutate()} reloading={reload.isPending} />
        ) : (
          <ErrorNotice error={save.error ?? reload.error} />
        )}
        {writer && (
          <Group>
            <Button type="submit" variant="light" disabled={!changed || stale} loading={save.isPending}>
              {t('cases.saveDecisions')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

export function DecisionsSection({ file, onReload }: { file: CaseFile; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  return (
    <Section id="decisions-heading" title={t('cases.decisionsTitle')}>
      {/* A new version (saved here, or reloaded after a refusal) starts the form from what the server holds. */}
      <DecisionsForm key={file.summary.version} file={file} onReload={onReload} />
    </Section>
  );
}
