import { Alert, Anchor, Button, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { JobProgress } from '../jobs/JobProgress.tsx';
import { failureOf, reportOf, useJob } from '../jobs/useJob.ts';
import { ErrorNotice } from '../ui/errors.tsx';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import type { ExportFormat, ExportList, ExportReport, ExportRequest, ExportStarted } from './types.ts';

/**
 * Export a list as it is filtered now: every row of it within the reader's
 * scope, not only the page shown. Shown only to those allowed to export. The
 * file is written in the background; the dialog follows its progress and then
 * offers the download, which works for this user only, for a day. The dialog
 * can be closed meanwhile: opening it again finds the export where it got to.
 */
export function ExportButton({ list, filters }: { list: ExportList; filters: Record<string, string> }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [opened, setOpened] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  if (!can('exports.create')) return null;
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)} aria-haspopup="dialog">
        {t('exports.button')}
      </Button>
      <ResponsiveModal opened={opened} onClose={() => setOpened(false)} title={t(`exports.title.${list}`)}>
        {jobId ? (
          <ExportProgress jobId={jobId} onAgain={() => setJobId(null)} />
        ) : (
          <ExportForm list={list} filters={filters} onStarted={setJobId} onCancel={() => setOpened(false)} />
        )}
      </ResponsiveModal>
    </>
  );
}

function ExportForm({
  list,
  filters,
  onStarted,
  onCancel,
}: {
  list: ExportList;
  filters: Record<string, string>;
  onStarted: (jobId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [hxl, setHxl] = useState(false);
  const [deidentified, setDeidentified] = useState(false);
  const start = useMutation({
    mutationFn: (request: ExportRequest) => api.post<ExportStarted>('/exports', request),
    onSuccess: (started) => onStarted(started.jobId),
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        start.mutate({ list, format, hxl, deidentified, filters });
      }}
    >
      <Stack>
        <Text>{t('exports.intro')}</Text>
        <Radio.Group
          label={t('exports.format')}
          value={format}
          onChange={(v) => setFormat(v as ExportFormat)}
        >
          <Group gap="md" mt={4}>
            <Radio value="xlsx" label={t('exports.xlsx')} />
            <Radio value="csv" label={t('exports.csv')} />
          </Group>
        </Radio.Group>
        <Checkbox
          label={t('exports.hxl')}
          description={t('exports.hxlHelp')}
          checked={hxl}
          onChange={(e) => setHxl(e.currentTarget.checked)}
        />
        <Checkbox
          label={t('exports.deidentified')}
          description={t(`exports.deidentifiedHelp.${list}`)}
          checked={deidentified}
          onChange={(e) => setDeidentified(e.currentTarget.checked)}
        />
        <Text size="sm">{t('exports.audited')}</Text>
        <ErrorNotice error={start.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={start.isPending}>
            {t('exports.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ExportProgress({ jobId, onAgain }: { jobId: string; onAgain: () => void }) {
  const { t, i18n } = useTranslation();
  const job = useJob<ExportReport>(jobId);
  const report = reportOf(job.data);
  const failure = failureOf(job.data);
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Stack>
      <JobProgress job={job.data} label={t('exports.progress')} />
      <ErrorNotice error={job.error} />
      {report && (
        <Alert color="teal" c="teal.9" variant="light">
          <Stack gap="xs">
            <Text>
              {t('exports.ready', {
                rows: number.format(report.rows),
                until: new Date(report.expiresAt).toLocaleString(i18n.language),
              })}
            </Text>
            {/* A plain link: the browser downloads with the session cookie, and the server audits it. */}
            <Anchor href={report.download} download={report.fileName} fw={600}>
              {t('exports.download', { fileName: report.fileName })}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {failure !== null && (
        <Alert color="red" c="red.9" variant="light">
          {t('exports.failed', { reason: failure })}
        </Alert>
      )}
      {job.data?.status !== 'running' && (
        <Group justify="flex-end">
          <Button variant="default" onClick={onAgain}>
            {t('exports.again')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
