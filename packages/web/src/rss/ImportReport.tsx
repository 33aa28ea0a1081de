import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { RssImportRejection, RssImportReport } from '../api/types.ts';
import { Ltr } from '../ui/Ltr.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useNumbers } from './words.tsx';

const csvField = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The rejected rows as a sheet to fix and import again: one line per problem. */
function rejectionsCsv(rejections: RssImportRejection[]): string {
  const lines = [['row', 'case_number', 'column', 'reason']];
  for (const r of rejections) {
    for (const p of r.problems) lines.push([String(r.row), r.caseNumber, p.column, p.message]);
  }
  // A byte-order mark so that spreadsheet programs read the file as UTF-8.
  return `\uFEFF${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Count({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Text size="sm" aria-hidden="true">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

/** What an import did: how many rows were stored, skipped and rejected, and why each rejected one was. */
export function ImportReport({ report, jobId }: { report: RssImportReport; jobId: string }) {
  const { t, i18n } = useTranslation();
  const numbers = useNumbers();
  // The server words the reasons in English only.
  const english = i18n.language === 'en' ? {} : ({ lang: 'en', dir: 'ltr' } as const);
  return (
    <Stack component="section" aria-labelledby="import-report-heading">
      <Title order={2} id="import-report-heading">
        {t('rssAdmin.import.reportTitle')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Count label={t('rssAdmin.import.rows')} value={numbers.count(report.rows)} />
        <Count label={t('rssAdmin.import.imported')} value={numbers.count(report.imported)} />
        <Count label={t('rssAdmin.import.alreadyImported')} value={numbers.count(report.alreadyImported)} />
        <Count label={t('rssAdmin.import.rejected')} value={numbers.count(report.rejected)} />
      </SimpleGrid>
      {report.alreadyImported > 0 && <Text>{t('rssAdmin.import.alreadyHelp')}</Text>}
      {report.rejected > 0 && (
        <>
          <Group justify="space-between">
            <Title order={3} size="h4" id="rejected-heading">
              {t('rssAdmin.import.rejectedTitle')}
            </Title>
            <Button
              variant="default"
              onClick={() =>
                download(`rejected-rows-${jobId.slice(0, 8)}.csv`, rejectionsCsv(report.rejections))
              }
            >
              {t('rssAdmin.import.download')}
            </Button>
          </Group>
          <Text>{t('rssAdmin.import.rejectedHelp')}</Text>
          {report.rejections.length < report.rejected && (
            <Text>
              {t('rssAdmin.import.firstListed', {
                listed: numbers.count(report.rejections.length),
                rejected: numbers.count(report.rejected),
              })}
            </Text>
          )}
          <ScrollTable label={t('rssAdmin.import.rejectedTitle')} minWidth={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rssAdmin.import.row')}</Table.Th>
                <Table.Th scope="col">{t('rssAdmin.import.caseNumber')}</Table.Th>
                <Table.Th scope="col">{t('rssAdmin.import.column')}</Table.Th>
                <Table.Th scope="col">{t('rssAdmin.import.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rejections.map((r) => (
                <Fragment key={r.row}>
                  {r.problems.map((p) => (
                    <Table.Tr key={`${r.row}-${p.column}-${p.message}`}>
                      <Table.Td>{numbers.count(r.row)}</Table.Td>
                      <Table.Td>{r.caseNumber ? <Ltr>{r.caseNumber}</Ltr> : '—'}</Table.Td>
                      <Table.Td>
                        <Ltr>{p.column}</Ltr>
                      </Table.Td>
                      <Table.Td>
                        <span {...english}>{p.message}</span>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Fragment>
              ))}
            </Table.Tbody>
          </ScrollTable>
        </>
      )}
    </Stack>
  );
}
