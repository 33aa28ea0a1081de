// The scores as drawings, each with the same figures in a table beside it: a
// chart is looked at, the table is what a screen reader (and anyone checking
// a number) reads. Charts follow the survey's scores page, which passes axe.
import { BarChart, LineChart } from '@mantine/charts';
import { Box, Stack, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { captionStyle } from './Section.tsx';
import type { Dashboard } from './types.ts';
import { useFigureWords } from './words.tsx';

/** How many rounds scored in each tenth of the composite score (0–0.1 … 0.9–1). */
export function TenthsChart({ scores, minCount }: { scores: Dashboard['scores']; minCount: number }) {
  const { t } = useTranslation();
  const words = useFigureWords(minCount);
  const captionId = useId();
  const tenth = (i: number) =>
    t('dashboard.scores.tenthRange', { low: words.decimal(i / 10), high: words.decimal((i + 1) / 10) });
  const data = scores.byTenth.map((rounds, i) => ({ tenth: tenth(i), rounds }));
  const anyShown = scores.byTenth.some((n) => n !== null);
  return (
    <Stack gap="sm">
      {anyShown && (
        <Stack component="figure" aria-labelledby={captionId} gap="xs" m={0}>
          <Text component="figcaption" id={captionId} fw={600}>
            {t('dashboard.scores.distribution')}
          </Text>
          {/* Axes and figures of a chart read left to right in Arabic too. */}
          <Box dir="ltr" role="img" aria-label={t('dashboard.scores.distributionLabel')}>
            <BarChart
              h={260}
              data={data}
              dataKey="tenth"
              series={[{ name: 'rounds', label: t('dashboard.scores.rounds'), color: 'blue.8' }]}
              valueFormatter={(value) => words.number(value)}
              yAxisProps={{ allowDecimals: false }}
              barChartProps={{ accessibilityLayer: false }}
            />
          </Box>
        </Stack>
      )}
      <ScrollTable label={t('dashboard.scores.distribution')} minWidth={320}>
        <caption style={captionStyle}>{t('dashboard.scores.distribution')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.scores.tenth')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.scores.rounds')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((row) => (
            <Table.Tr key={row.tenth}>
              <Table.Th scope="row">{row.tenth}</Table.Th>
              <Table.Td>{words.count(row.rounds)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </Stack>
  );
}

/** Month by month, the share of rounds with a composite score of 0.5 or more. */
export function TrendChart({ scores, minCount }: { scores: Dashboard['scores']; minCount: number }) {
  const { t } = useTranslation();
  const words = useFigureWords(minCount);
  const captionId = useId();
  if (scores.trend.length === 0) return <Text>{t('dashboard.scores.noRounds')}</Text>;
  // Percent on the axis; a withheld month is a gap in the line, not a fall to zero.
  const data = scores.trend.map(({ month, share }) => ({
    month: words.month(month),
    share: share.withheld || share.value === null ? null : Math.round(share.value * 1000) / 10,
  }));
  const anyShown = data.some((d) => d.share !== null);
  return (
    <Stack gap="sm">
      {anyShown && (
        <Stack component="figure" aria-labelledby={captionId} gap="xs" m={0}>
          <Text component="figcaption" id={captionId} fw={600}>
            {t('dashboard.scores.trend')}
          </Text>
          <Box dir="ltr" role="img" aria-label={t('dashboard.scores.trendLabel')}>
            <LineChart
              h={260}
              data={data}
              dataKey="month"
              series={[{ name: 'share', label: t('dashboard.scores.share'), color: 'teal.9' }]}
              valueFormatter={(value) => words.percent(value / 100)}
              yAxisProps={{ domain: [0, 100] }}
              connectNulls={false}
              lineChartProps={{ accessibilityLayer: false }}
            />
          </Box>
        </Stack>
      )}
      <ScrollTable label={t('dashboard.scores.trend')} minWidth={320}>
        <caption style={captionStyle}>{t('dashboard.scores.trend')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.scores.month')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.scores.share')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scores.trend.map(({ month, share }) => (
            <Table.Tr key={month}>
              <Table.Th scope="row">{words.month(month)}</Table.Th>
              <Table.Td>{words.share(share)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </Stack>
  );
}
