import { Alert, Badge, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../api/client.ts';
import type { RssRecomputeReport, RssWeightSetView } from '../api/types.ts';
import { JobProgress } from '../jobs/JobProgress.tsx';
import { failureOf, reportOf, useJob } from '../jobs/useJob.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { useCountries } from '../ui/format.ts';
import { Ltr } from '../ui/Ltr.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useWeightSets, weightSetsKey } from './queries.ts';
import { WeightSetImportDialog } from './WeightSetImportDialog.tsx';
import { WeightsDialog } from './WeightsDialog.tsx';
import { useNumbers } from './words.tsx';

type Dialog = { kind: 'import' } | { kind: 'view' | 'activate'; set: RssWeightSetView } | null;

/** Where the recompute job is followed: in the address, so that a reload finds it again. */
const jobParam = 'recompute';

/**
 * Activating a set scores every new survey with it and starts a job that
 * scores the stored ones again (the old scores are kept, reproducible).
 */
function ActivateDialog({ set, onClose }: { set: RssWeightSetView; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [, setParams] = useSearchParams();
  const activate = useMutation({
    mutationFn: () => api.post<{ jobId: string }>(`/rss/weight-sets/${set.id}/${set.version}/activate`),
    onSuccess: ({ jobId }) => {
      setParams({ [jobParam]: jobId }, { replace: true });
      onClose();
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: weightSetsKey }),
  });
  return (
    <ConfirmDialog
      opened
      title={t('rssAdmin.weights.activateTitle', { label: set.label, version: set.version })}
      message={
        set.country
          ? t('rssAdmin.weights.activateCountryBody', { country: set.country })
          : t('rssAdmin.weights.activateBody')
      }
      confirmLabel={t('rssAdmin.weights.activateConfirm')}
      busy={activate.isPending}
      error={activate.error}
      onConfirm={() => activate.mutate()}
      onClose={onClose}
    />
  );
}

/** The recompute an activation started: its progress, then what it did or why it failed. */
function RecomputeJob({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const numbers = useNumbers();
  const [, setParams] = useSearchParams();
  const job = useJob<RssRecomputeReport>(jobId);
  const report = reportOf(job.data);
  const failure = failureOf(job.data);
  return (
    <Stack
      component="section"
      aria-labelledby="recompute-heading"
      p="md"
      gap="sm"
      style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Title order={3} id="recompute-heading" size="h4">
        {t('rssAdmin.weights.recomputeTitle')}
      </Title>
      {job.error ? (
        <ErrorNotice error={job.error} />
      ) : (
        <JobProgress job={job.data} label={t('rssAdmin.weights.recomputeProgress')} />
      )}
      {report && (
        <Text>
          {t('rssAdmin.weights.recomputed', {
            rounds: numbers.count(report.rounds),
            set: report.weightSet,
            version: report.weightSetVersion,
          })}
        </Text>
      )}
      {failure !== null && (
        <Alert color="red" variant="light">
          <Text size="sm" fw={700}>
            {t('rssAdmin.weights.recomputeFailed')}
          </Text>
          <Text size="sm" lang="en" dir="ltr">
            {failure}
          </Text>
          <Text size="sm" mt={4}>
            {t('rssAdmin.weights.recomputeAgain')}
          </Text>
        </Alert>
      )}
      {job.data && job.data.status !== 'running' && (
        <Group>
          <Button variant="default" size="xs" onClick={() => setParams({}, { replace: true })}>
            {t('rssAdmin.job.dismiss')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export function WeightSetsSection() {
  const { t } = useTranslation();
  const sets = useWeightSets();
  const country = useCountries();
  const [params] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const jobId = params.get(jobParam);

  return (
    <Stack component="section" aria-labelledby="weight-sets-heading">
      <Group justify="space-between">
        <Title order={2} id="weight-sets-heading">
          {t('rssAdmin.weights.title')}
        </Title>
        <Button onClick={() => setDialog({ kind: 'import' })}>{t('rssAdmin.weights.importTitle')}</Button>
      </Group>
      <Text>{t('rssAdmin.weights.intro')}</Text>
      <Text>{t('rssAdmin.weights.countryNote')}</Text>
      {jobId && <RecomputeJob key={jobId} jobId={jobId} />}
      <ErrorNotice error={sets.error} />
      <ScrollTable label={t('rssAdmin.weights.tableLabel')} minWidth={880}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('rssAdmin.fields.id')}</Table.Th>
            <Table.Th scope="col">{t('rssAdmin.fields.version')}</Table.Th>
            <Table.Th scope="col">{t('rssAdmin.fields.label')}</Table.Th>
            <Table.Th scope="col">{t('rssAdmin.fields.source')}</Table.Th>
            <Table.Th scope="col">{t('rssAdmin.weights.appliesTo')}</Table.Th>
            {/* Wide enough for the badges, which would otherwise be cut short. */}
            <Table.Th scope="col" miw={190}>
              {t('rssAdmin.weights.status')}
            </Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sets.data?.items.map((set) => (
            <Table.Tr key={`${set.id}@${set.version}`}>
              <Table.Td>
                <Ltr>{set.id}</Ltr>
              </Table.Td>
              <Table.Td>{set.version}</Table.Td>
              <Table.Td fw={600}>{set.label}</Table.Td>
              <Table.Td>{set.source}</Table.Td>
              <Table.Td>
                {set.country ? `${country(set.country)} (${set.country})` : t('rssAdmin.weights.global')}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {set.active && (
                    <Badge color="teal" c="teal.9" variant="light" tt="none">
                      {t('rssAdmin.weights.active')}
                    </Badge>
                  )}
                  {set.provisional && (
                    <Badge color="gray" c="gray.9" variant="outline" tt="none">
                      {t('rssAdmin.weights.provisional')}
                    </Badge>
                  )}
                  {set.country && (
                    <Badge color="gray" c="gray.9" variant="light" tt="none">
                      {t('rssAdmin.weights.besideGlobal')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button variant="default" size="xs" onClick={() => setDialog({ kind: 'view', set })}>
                    {t('rssAdmin.weights.view')}
                    <VisuallyHidden>
                      {' '}
                      {set.label} ({set.id}@{set.version})
                    </VisuallyHidden>
                  </Button>
                  {!set.active && (
                    <Button size="xs" onClick={() => setDialog({ kind: 'activate', set })}>
                      {t('rssAdmin.weights.activate')}
                      <VisuallyHidden>
                        {' '}
                        {set.label} ({set.id}@{set.version})
                      </VisuallyHidden>
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      {dialog?.kind === 'import' && <WeightSetImportDialog onClose={close} />}
      {dialog?.kind === 'view' && <WeightsDialog set={dialog.set} onClose={close} />}
      {dialog?.kind === 'activate' && <ActivateDialog set={dialog.set} onClose={close} />}
    </Stack>
  );
}
