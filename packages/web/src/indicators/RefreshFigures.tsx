import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { JobProgress } from '../jobs/JobProgress.tsx';
import { failureOf, useJob } from '../jobs/useJob.ts';
import { ErrorNotice } from '../ui/errors.tsx';
import { useDates } from '../ui/format.ts';
import { indicatorsKey, useRefreshFigures } from './queries.ts';

/** The rebuild the reader started: its progress, and the figures reloaded once it is done. */
function RefreshJob({ jobId, onHide }: { jobId: string; onHide: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const job = useJob(jobId);
  const status = job.data?.status;
  const failure = failureOf(job.data);
  useEffect(() => {
    if (status === 'done') void queryClient.invalidateQueries({ queryKey: indicatorsKey });
  }, [status, queryClient]);
  return (
    <Stack gap="xs">
      {job.error ? (
        <ErrorNotice error={job.error} />
      ) : (
        <JobProgress job={job.data} label={t('dashboard.refreshProgress')} />
      )}
      {failure !== null && (
        <Alert color="red" variant="light">
          <Text size="sm" fw={700}>
            {t('dashboard.refreshFailed')}
          </Text>
          <Text size="sm" lang="en" dir="ltr">
            {failure}
          </Text>
        </Alert>
      )}
      {(job.error || (status && status !== 'running')) && (
        <Group>
          <Button variant="default" size="xs" onClick={onHide}>
            {t('rssAdmin.job.dismiss')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/**
 * How fresh the figures are, and a way to rebuild them now rather than wait
 * for the hourly rebuild. The job's id is kept in the address (`jobId`,
 * `onJob`): the reader may leave and come back to it.
 */
export function RefreshFigures({
  refreshedAt,
  jobId,
  onJob,
}: {
  refreshedAt: string | null | undefined;
  jobId: string | null;
  onJob: (jobId: string | null) => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const refresh = useRefreshFigures();
  const job = useJob(jobId);
  // One rebuild at a time from here: the button waits until the one under way has ended.
  const running =
    refresh.isPending ||
    (jobId !== null && !job.error && (job.data === undefined || job.data.status === 'running'));
  return (
    <Stack gap="xs">
      <Group gap="sm" justify="space-between">
        {/* Nothing to say about the figures' age until they have come. */}
        {refreshedAt !== undefined && (
          <Text>
            {refreshedAt === null
              ? t('dashboard.neverBuilt')
              : t('dashboard.asOf', { date: dates.dateTime(refreshedAt) })}
          </Text>
        )}
        <Button
          variant="default"
          loading={refresh.isPending}
          disabled={running}
          onClick={() => refresh.mutate(undefined, { onSuccess: ({ jobId }) => onJob(jobId) })}
        >
          {t('dashboard.refreshNow')}
        </Button>
      </Group>
      <Text size="sm">{t('dashboard.hourly')}</Text>
      <ErrorNotice error={refresh.error} />
      {jobId && <RefreshJob key={jobId} jobId={jobId} onHide={() => onJob(null)} />}
    </Stack>
  );
}
