import { BarChart } from '@mantine/charts';
import { Alert, Box, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { type RssBand, rssBands } from '@reintegra/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useOrganisation } from '../admin/organisation/queries.ts';
import type { RssSummary } from '../api/types.ts';
import { ErrorNotice } from '../ui/errors.tsx';
import { FilterBar } from '../ui/FilterBar.tsx';
import { Ltr } from '../ui/Ltr.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { type SummaryFilter, useRssSummary, useWeightSets } from './queries.ts';
import { parts, roundKinds, schemeName, useNumbers } from './words.tsx';

// Dark shades (3:1 at least against white), the band's name always beside them in the legend and table.
const bandColours: Record<RssBand, string> = {
  intensified: 'red.8',
  standard: 'blue.8',
  hands_off: 'teal.9',
};

function filterFrom(params: URLSearchParams): SummaryFilter {
  const round = params.get('round') ?? '';
  return {
    missionId: params.get('missionId') ?? '',
    officeId: params.get('officeId') ?? '',
    round: (roundKinds as readonly string[]).includes(round) ? round : '',
  };
}

/** A figure, or the words that say it is withheld (fewer returnees than the smallest shown count). */
function useFigure(summary: RssSummary | undefined) {
  const { t } = useTranslation();
  const numbers = useNumbers();
  const hidden = t('rssAdmin.scores.hidden', { count: numbers.count(summary?.smallestShownCount ?? 5) });
  return {
    hidden,
    count: (n: number | null) => (n === null ? hidden : numbers.count(n)),
    score: (n: number | null) => (n === null ? hidden : numbers.score(n)),
  };
}

function Figure({ label, value, help }: { label: string; value: string; help?: string }) {
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Text size="sm" aria-hidden="true">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
      {help && <Text size="sm">{help}</Text>}
    </Paper>
  );
}

/** How many returnees fall in each band, dimension by dimension: the drawing, then the same figures as a table. */
function BandsChart({ summary }: { summary: RssSummary }) {
  const { t } = useTranslation();
  const numbers = useNumbers();
  const captionId = useId();
  const data = parts.map((part) => ({
    part: t(`rssAdmin.parts.${part}`),
    ...summary.dimensions[part].bands,
  }));
  return (
    <Stack component="figure" aria-labelledby={captionId} gap="xs" m={0}>
      <Text component="figcaption" id={captionId} fw={600}>
        {t('rssAdmin.scores.chartTitle')}
      </Text>
      {/* Axes and figures of a chart read left to right in Arabic too. */}
      <Box dir="ltr" role="img" aria-label={t('rssAdmin.scores.chartLabel')}>
        <BarChart
          h={300}
          data={data}
          dataKey="part"
          series={rssBands.map((band) => ({
            name: band,
            label: t(`rssAdmin.bands.${band}`),
            color: bandColours[band],
          }))}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          valueFormatter={(value) => numbers.count(value)}
          yAxisProps={{ allowDecimals: false }}
          barChartProps={{ accessibilityLayer: false }}
        />
      </Box>
    </Stack>
  );
}

/**
 * The scores of the returnees in the reader's scope, each by their latest
 * completed round: means, bands, and the share reaching a composite of 0.5
 * (seed-002 L3554). Figures about fewer than five returnees are withheld by
 * the server so that nobody can be picked out of them.
 */
export function ScoresPage() {
  const { t } = useTranslation();
  usePageTitle(t('rssAdmin.nav.surveyScores'));
  const numbers = useNumbers();
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const { missions, offices, officeGroups } = useOrganisation();
  const summary = useRssSummary(filter);
  const sets = useWeightSets();
  const data = summary.data;
  const figure = useFigure(data);

  const change = (next: Partial<SummaryFilter>) => {
    const merged = { ...filter, ...next };
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(merged)) if (v) search.set(k, v);
    setParams(search, { replace: true });
  };
  const officeChoices = filter.missionId
    ? offices.filter((o) => o.missionId === filter.missionId).map((o) => ({ value: o.id, label: o.name }))
    : officeGroups(null, true);

  const provisional =
    data?.weightSets.some((key) => {
      const [id, version] = key.split('@');
      const set = sets.data?.items.find((s) => s.id === id && String(s.version) === version);
      return set ? set.provisional : id === 'provisional-equal';
    }) ?? false;
  const scheme = data?.thresholdScheme;
  const anyBand = data
    ? parts.some((p) => rssBands.some((b) => data.dimensions[p].bands[b] !== null))
    : false;
  const share =
    data && data.returnees !== null && data.compositeAtLeastHalf !== null && data.returnees > 0
      ? t('rssAdmin.scores.shareOf', {
          count: numbers.count(data.compositeAtLeastHalf),
          share: numbers.share(data.compositeAtLeastHalf / data.returnees),
        })
      : figure.hidden;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('rssAdmin.nav.surveyScores')}</Title>
        <Text>{t('rssAdmin.scores.intro')}</Text>
      </Stack>
      <FilterBar label={t('rssAdmin.scores.filters')}>
        <NativeSelect
          label={t('rssAdmin.scores.mission')}
          value={filter.missionId}
          onChange={(e) => change({ missionId: e.currentTarget.value, officeId: '' })}
          data={[
            { value: '', label: t('rssAdmin.scores.allMissions') },
            ...missions.map((m) => ({ value: m.id, label: m.name })),
          ]}
        />
        <NativeSelect
          label={t('rssAdmin.scores.office')}
          value={filter.officeId}
          onChange={(e) => change({ officeId: e.currentTarget.value })}
          data={[{ value: '', label: t('rssAdmin.scores.allOffices') }, ...officeChoices]}
        />
        <NativeSelect
          label={t('rssAdmin.scores.round')}
          description={t('rssAdmin.scores.roundHelp')}
          value={filter.round}
          onChange={(e) => change({ round: e.currentTarget.value })}
          data={[
            { value: '', label: t('rssAdmin.scores.anyRound') },
            ...roundKinds.map((k) => ({ value: k, label: t(`rssAdmin.kinds.${k}`) })),
          ]}
        />
      </FilterBar>

      <ErrorNotice error={summary.error} />
      {data && (
        <Stack component="section" aria-labelledby="scores-heading" aria-busy={summary.isFetching}>
          <Title order={2} id="scores-heading">
            {t('rssAdmin.scores.figures')}
          </Title>
          {provisional && (
            <Alert color="gray" variant="outline">
              <Text fw={700}>{t('rssAdmin.scores.provisionalTitle')}</Text>
              <Text size="sm">{t('rssAdmin.scores.provisionalBody')}</Text>
            </Alert>
          )}
          {data.returnees === null && (
            <Text>{t('rssAdmin.scores.tooFew', { count: data.smallestShownCount })}</Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Figure label={t('rssAdmin.scores.returnees')} value={figure.count(data.returnees)} />
            <Figure
              label={t('rssAdmin.scores.atLeastHalf')}
              value={share}
              help={t('rssAdmin.scores.atLeastHalfHelp')}
            />
            {scheme && (
              <Figure
                label={t('rssAdmin.scores.scheme')}
                value={scheme.id === 'measure' ? 'MEASURE' : t('rssAdmin.scores.handbook')}
                help={schemeName(t, scheme)}
              />
            )}
          </SimpleGrid>

          <ScrollTable label={t('rssAdmin.scores.tableTitle')} minWidth={720}>
            <caption style={{ captionSide: 'top', textAlign: 'start', fontWeight: 600, paddingBottom: 8 }}>
              {t('rssAdmin.scores.tableTitle')}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rssAdmin.scores.dimension')}</Table.Th>
                <Table.Th scope="col">{t('rssAdmin.scores.scored')}</Table.Th>
                <Table.Th scope="col">{t('rssAdmin.scores.mean')}</Table.Th>
                {rssBands.map((band) => (
                  <Table.Th scope="col" key={band}>
                    {t(`rssAdmin.bands.${band}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {parts.map((part) => {
                const measure = data.dimensions[part];
                return (
                  <Table.Tr key={part}>
                    <Table.Th scope="row">{t(`rssAdmin.parts.${part}`)}</Table.Th>
                    <Table.Td>{figure.count(measure.count)}</Table.Td>
                    <Table.Td>{figure.score(measure.mean)}</Table.Td>
                    {rssBands.map((band) => (
                      <Table.Td key={band}>{figure.count(measure.bands[band])}</Table.Td>
                    ))}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </ScrollTable>
          {anyBand && <BandsChart summary={data} />}
          {scheme && (
            <Text size="sm">
              {scheme.lower === scheme.upper
                ? t('rssAdmin.scores.bandsOne', { cut: numbers.score(scheme.lower) })
                : t('rssAdmin.scores.bandsTwo', {
                    lower: numbers.score(scheme.lower),
                    upper: numbers.score(scheme.upper),
                  })}
            </Text>
          )}
          {data.weightSets.length > 0 && (
            <Text size="sm">
              {t('rssAdmin.scores.weightSets')} <Ltr>{data.weightSets.join(', ')}</Ltr>
            </Text>
          )}
          {data.weightSets.length > 1 && <Text size="sm">{t('rssAdmin.scores.mixedSets')}</Text>}
        </Stack>
      )}
    </Stack>
  );
}
