import { Group, SimpleGrid, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { CasesLink } from './CasesLink.tsx';
import { FigureCard } from './FigureCard.tsx';
import type { DashboardFilters } from './filters.ts';
import { TenthsChart, TrendChart } from './ScoreCharts.tsx';
import { captionStyle, Section } from './Section.tsx';
import { type Breakdown, type BreakdownName, breakdownNames, type Dashboard } from './types.ts';
import { useFigureWords, useGroupName } from './words.tsx';

/** The share reaching 0.5 in each group of one breakdown, with everyone's share first. */
function BreakdownTable({
  name,
  breakdown,
  minCount,
}: {
  name: BreakdownName;
  breakdown: Breakdown;
  minCount: number;
}) {
  const { t } = useTranslation();
  const words = useFigureWords(minCount);
  const groupName = useGroupName();
  const title = t(`dashboard.scores.breakdowns.${name}`);
  return (
    <ScrollTable label={title} minWidth={320}>
      <caption style={captionStyle}>{title}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('dashboard.scores.group')}</Table.Th>
          <Table.Th scope="col">{t('dashboard.scores.reachingShare')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {breakdown.groups.map(({ key, figure }) => (
          <Table.Tr key={key}>
            <Table.Th scope="row">{groupName(name, key)}</Table.Th>
            <Table.Td>{words.share(figure)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Th scope="row">{t('dashboard.scores.everyone')}</Table.Th>
          <Table.Td fw={700}>{words.share(breakdown.overall)}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </ScrollTable>
  );
}

/**
 * The reintegration scores: how the composite scores of the period's rounds
 * spread, how the share at 0.5 or more moves month by month, and the
 * Handbook's outcome indicator, "the number of returnees who reach an overall
 * (composite) reintegration score of 0.5 and above, disaggregated by sex, age
 * and vulnerability" (seed-002 L3554), here also by country and return modality.
 */
export function ScoresSection({ data, filters }: { data: Dashboard; filters: DashboardFilters }) {
  const { t } = useTranslation();
  const words = useFigureWords(data.minCount);
  const { scores } = data;
  // Every breakdown covers the same returnees: its overall figure is the indicator itself.
  const overall = scores.reaching.bySex.overall;
  return (
    <Section title={t('dashboard.scores.title')}>
      <Title order={3}>{t('dashboard.scores.reachingTitle')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <FigureCard
          label={t('dashboard.scores.reaching')}
          value={words.share(overall)}
          help={t('dashboard.scores.reachingHelp')}
        >
          <Group gap="md">
            <CasesLink
              filters={filters}
              figure={{ cohort: 'reaching' }}
              label={t('dashboard.scores.seeReaching')}
            />
            <CasesLink
              filters={filters}
              figure={{ cohort: 'scored' }}
              label={t('dashboard.scores.seeScored')}
            />
          </Group>
        </FigureCard>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {breakdownNames.map((name) => (
          <BreakdownTable key={name} name={name} breakdown={scores.reaching[name]} minCount={data.minCount} />
        ))}
      </SimpleGrid>
      <Title order={3}>{t('dashboard.scores.roundsTitle')}</Title>
      <TenthsChart scores={scores} minCount={data.minCount} />
      <TrendChart scores={scores} minCount={data.minCount} />
    </Section>
  );
}
