import { LineChart } from '@mantine/charts';
import { Box, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ThresholdScheme } from '@reintegra/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RssRound, RssScoresView } from '../api/types.ts';
import { useDates } from '../ui/format.ts';
import { scoreKeys, useScoreFormat } from './words.tsx';

// Dark shades (3:1 at least against white for lines), and a dash per line so
// that they can be told apart without colour.
const lines = {
  economic: { color: 'blue.8', strokeDasharray: undefined },
  social: { color: 'teal.9', strokeDasharray: '6 3' },
  psychosocial: { color: 'grape.8', strokeDasharray: '2 3' },
  composite: { color: 'dark.7', strokeDasharray: '10 4 2 4' },
} as const;

type Scored = RssRound & { scores: RssScoresView };

/**
 * The four scores across the completed rounds, large enough to show the
 * returnee, with the scheme's cuts drawn across. The drawing is named for
 * screen readers as a whole; the figures themselves are in a table that
 * follows it, hidden from sight but read out and checked by axe.
 */
export function ScoresChart({ rounds, scheme }: { rounds: Scored[]; scheme: ThresholdScheme }) {
  const { t } = useTranslation();
  const dates = useDates();
  const format = useScoreFormat();
  const captionId = useId();
  const data = rounds.map((r) => ({
    round: t(`survey.kinds.${r.kind}`),
    economic: r.scores.economic,
    social: r.scores.social,
    psychosocial: r.scores.psychosocial,
    composite: r.scores.composite,
  }));
  const cuts =
    scheme.lower === scheme.upper
      ? [
          {
            y: scheme.lower,
            label: t('survey.cutOne', { value: format.score(scheme.lower) }),
            color: 'gray.8',
          },
        ]
      : [
          {
            y: scheme.lower,
            label: t('survey.cutIntensified', { value: format.score(scheme.lower) }),
            color: 'red.9',
          },
          {
            y: scheme.upper,
            label: t('survey.cutHandsOff', { value: format.score(scheme.upper) }),
            color: 'teal.9',
          },
        ];
  return (
    <Stack component="figure" aria-labelledby={captionId} gap="xs" m={0}>
      <Text component="figcaption" id={captionId} fw={600}>
        {t('survey.chartTitle')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('survey.chartHelp')}
      </Text>
      {/* Axes, dates and figures of a chart read left to right in Arabic too. */}
      <Box
        dir="ltr"
        role="img"
        aria-label={t('survey.chartLabel', { rounds: data.map((d) => d.round).join(', ') })}
      >
        <LineChart
          h={280}
          data={data}
          dataKey="round"
          series={scoreKeys.map((key) => ({
            name: key,
            label: t(`survey.dimensions.${key}`),
            ...lines[key],
          }))}
          curveType="linear"
          strokeWidth={3}
          dotProps={{ r: 5 }}
          connectNulls
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          // Room around the edges so that the first and last rounds' dots, and a score of 1, are not cut.
          yAxisProps={{ domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1], padding: { top: 10, bottom: 4 } }}
          xAxisProps={{ padding: { left: 32, right: 32 } }}
          valueFormatter={(value) => format.score(value)}
          referenceLines={cuts.map((cut) => ({ ...cut, labelPosition: 'insideTopLeft' as const }))}
          // The table below gives the figures: the drawing needs no keyboard stops of its own.
          lineChartProps={{ accessibilityLayer: false }}
        />
      </Box>
      <VisuallyHidden>
        <Table>
          <caption>{t('survey.tableCaption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('survey.round')}</Table.Th>
              {scoreKeys.map((key) => (
                <Table.Th scope="col" key={key}>
                  {t(`survey.dimensions.${key}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rounds.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Th scope="row">
                  {t('survey.roundTitle', {
                    kind: t(`survey.kinds.${r.kind}`),
                    date: dates.day(r.interviewedOn),
                  })}
                </Table.Th>
                {scoreKeys.map((key) => (
                  <Table.Td key={key}>{format.score(r.scores[key])}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Stack>
  );
}
