import { Button, Group, NativeSelect, Stack, Switch } from '@mantine/core';
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

/**
 * What the team decided about the case: generalist or intensive case
 * management, and whether it is sensitive. Sent with the version read, so a
 * colleague's change in between is never overwritten.
 */
function DecisionsForm({ file, onReload }: { file: CaseFile; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { summary } = file;
  const [type, setType] = useState<ManagementType>(summary.caseManagementType);
  const [sensitive, setSensitive] = useState(summary.sensitive);
  const writer = can('cases.write');

  const { command: save, stale } = useCaseCommand(
    summary.id,
    () =>
      api.patch<CaseFile>(`/cases/${summary.id}`, {
        version: summary.version,
        // Only what changed: the history records one event per decision.
        ...(type !== summary.caseManagementType ? { caseManagementType: type } : {}),
        ...(sensitive !== summary.sensitive ? { sensitive } : {}),
      }),
    { saved: () => t('cases.decisionsSaved') },
  );
  const reload = useMutation({ mutationFn: onReload });
  const changed = type !== summary.caseManagementType || sensitive !== summary.sensitive;

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
