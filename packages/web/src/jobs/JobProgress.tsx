import { Group, Progress, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../api/types.ts';

/**
 * How far a job has got: a bar of done / total and the figures beside it. The
 * bar is the progressbar screen readers hear; the line under it says, once,
 * that the work is running, finished or failed (not every tick).
 */
export function JobProgress({ job, label }: { job: Job<unknown> | undefined; label: string }) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const number = new Intl.NumberFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const status = job?.status ?? 'running';
  const total = job?.total ?? null;
  const done = job?.done ?? 0;
  // Until the work has counted its units the bar cannot say how far it is; nothing to do is all done.
  const share = total !== null && total > 0 ? Math.min(1, done / total) : status === 'running' ? 0 : 1;
  const figures =
    total === null
      ? t('rssAdmin.job.starting')
      : t('rssAdmin.job.figures', {
          done: number.format(done),
          total: number.format(total),
          percent: percent.format(share),
        });
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs">
        <Text id={labelId} fw={600}>
          {label}
        </Text>
        <Text size="sm">{figures}</Text>
      </Group>
      <Progress.Root
        size="lg"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={total === null ? undefined : Math.round(share * 100)}
        aria-valuetext={figures}
      >
        <Progress.Section
          value={total === null && status === 'running' ? 100 : share * 100}
          withAria={false}
          // Striped while running; full width and striped while the units are not counted yet.
          striped={status === 'running'}
          animated={status === 'running'}
          color={status === 'failed' ? 'red.8' : status === 'done' ? 'teal.8' : 'blue.7'}
        />
      </Progress.Root>
      <Text size="sm" role="status">
        {t(`rssAdmin.job.status.${status}`)}
      </Text>
    </Stack>
  );
}
