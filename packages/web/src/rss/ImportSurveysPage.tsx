import { Alert, Button, FileInput, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError, api } from '../api/client.ts';
import type { RssImportReport } from '../api/types.ts';
import { JobProgress } from '../jobs/JobProgress.tsx';
import { failureOf, reportOf, useJob } from '../jobs/useJob.ts';
import { ErrorNotice } from '../ui/errors.tsx';
import { Ltr } from '../ui/Ltr.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { ImportReport } from './ImportReport.tsx';
import { roundKinds, useProblemWording, useRssDescribeError } from './words.tsx';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The server's limit on an import (50 MB): a larger file is refused before it is sent over a slow line. */
const maxBytes = 50 * 1024 * 1024;
/** Where the import is followed: in the address, so that a reload or a return finds it again. */
const jobParam = 'job';

/** The type the server reads the file as, from its name: browsers disagree on a CSV file's own type. */
function typeOf(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return xlsxType;
  if (name.endsWith('.csv')) return 'text/csv';
  return null;
}

// The columns of a KoboToolbox or ODK export the import reads (the route's description in /api/docs).
const columns = [
  { name: 'case_number', key: 'caseNumber' },
  { name: 'round', key: 'round' },
  { name: 'interviewed_on', key: 'interviewedOn' },
  { name: 'location', key: 'location' },
  { name: 'consent', key: 'consent' },
  { name: 'q1 … q32', key: 'questions' },
  { name: 'qN_explain, qN_note', key: 'extras' },
  { name: '_uuid', key: 'uuid' },
] as const;

function ColumnsTable() {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="columns-heading" gap="xs">
      <Title order={2} id="columns-heading">
        {t('rssAdmin.import.columnsTitle')}
      </Title>
      <Text>{t('rssAdmin.import.columnsIntro')}</Text>
      <ScrollTable label={t('rssAdmin.import.columnsTitle')} minWidth={520}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('rssAdmin.import.column')}</Table.Th>
            <Table.Th scope="col">{t('rssAdmin.import.holds')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {columns.map((c) => (
            <Table.Tr key={c.key}>
              <Table.Th scope="row">
                <Ltr>{c.name}</Ltr>
              </Table.Th>
              <Table.Td>{t(`rssAdmin.import.columns.${c.key}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </Stack>
  );
}

/** The import the page started (or the address names): its progress, then its report. */
function ImportJob({ jobId, focus }: { jobId: string; focus: boolean }) {
  const { t } = useTranslation();
  const job = useJob<RssImportReport>(jobId);
  const heading = useRef<HTMLHeadingElement>(null);
  // Started from this page: the reader is taken to the progress, below the form.
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const report = reportOf(job.data);
  const failure = failureOf(job.data);
  return (
    <Stack>
      <Stack component="section" aria-labelledby="import-progress-heading" gap="xs">
        <Title order={2} id="import-progress-heading" ref={heading} tabIndex={-1}>
          {t('rssAdmin.import.progressTitle')}
        </Title>
        {job.error ? (
          <ErrorNotice error={job.error} />
        ) : (
          <JobProgress job={job.data} label={t('rssAdmin.import.progressLabel')} />
        )}
        {failure !== null && (
          <Alert color="red" variant="light">
            <Text size="sm" fw={700}>
              {t('rssAdmin.import.failed')}
            </Text>
            <Text size="sm" lang="en" dir="ltr">
              {failure}
            </Text>
            <Text size="sm" mt={4}>
              {t('rssAdmin.import.failedAgain')}
            </Text>
          </Alert>
        )}
      </Stack>
      {report && <ImportReport report={report} jobId={jobId} />}
    </Stack>
  );
}

/**
 * Surveys collected elsewhere, added to the cases the reader works on: the
 * columns expected, the file and the round of rows that do not name theirs,
 * then the import's progress and its report.
 */
export function ImportSurveysPage() {
  const { t } = useTranslation();
  usePageTitle(t('rssAdmin.nav.surveyImport'));
  const describe = useRssDescribeError();
  const wording = useProblemWording();
  const [params, setParams] = useSearchParams();
  const [file, setFile] = useState<File | null>(null);
  const [round, setRound] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [started, setStarted] = useState<string | null>(null);
  const jobId = params.get(jobParam);

  const upload = useMutation({
    mutationFn: ({ chosen, type }: { chosen: File; type: string }) =>
      api.upload<{ jobId: string }>('/rss/imports', chosen, { round }, type),
    onSuccess: (answer) => {
      setStarted(answer.jobId);
      setParams({ [jobParam]: answer.jobId });
      setFile(null);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    upload.reset();
    const type = file && typeOf(file);
    const found = !file
      ? t('validation.required')
      : !type
        ? t('rssAdmin.import.wrongType')
        : file.size === 0
          ? t('rssAdmin.import.empty')
          : file.size > maxBytes
            ? t('rssAdmin.import.tooLarge')
            : null;
    setProblem(found);
    if (!found && file && type) upload.mutate({ chosen: file, type });
  }

  // A file the server could not use is named under `body` (no case_number column).
  const refused =
    upload.error instanceof ApiError ? upload.error.fields.find((f) => f.field === 'body') : undefined;
  const fileError = problem ?? (refused ? wording(refused) : undefined);

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('rssAdmin.nav.surveyImport')}</Title>
        <Text>{t('rssAdmin.import.intro')}</Text>
      </Stack>
      <ColumnsTable />
      <Stack component="section" aria-labelledby="import-file-heading">
        <Title order={2} id="import-file-heading">
          {t('rssAdmin.import.fileTitle')}
        </Title>
        <form onSubmit={submit} noValidate>
          <Stack maw={560}>
            <FileInput
              label={t('rssAdmin.import.file')}
              description={t('rssAdmin.import.fileHelp')}
              placeholder={t('rssAdmin.weights.choose')}
              accept={`.csv,text/csv,.xlsx,${xlsxType}`}
              value={file}
              onChange={(next) => {
                setFile(next);
                setProblem(null);
                upload.reset();
              }}
              error={fileError}
              clearable
              clearButtonProps={{ 'aria-label': t('rssAdmin.weights.clearFile') }}
              withAsterisk
            />
            <NativeSelect
              label={t('rssAdmin.import.round')}
              description={t('rssAdmin.import.roundHelp')}
              value={round}
              onChange={(e) => setRound(e.currentTarget.value)}
              data={[
                { value: '', label: t('rssAdmin.import.roundFromFile') },
                ...roundKinds.map((k) => ({ value: k, label: t(`rssAdmin.kinds.${k}`) })),
              ]}
            />
            {upload.error && !refused && (
              <Alert color="red" variant="light" role="alert">
                {describe(upload.error)}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={upload.isPending}>
                {t('rssAdmin.import.start')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
      {jobId && <ImportJob key={jobId} jobId={jobId} focus={jobId === started} />}
    </Stack>
  );
}
