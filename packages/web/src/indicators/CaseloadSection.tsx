import { Anchor, SimpleGrid, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session.tsx';
import { Ltr } from '../ui/Ltr.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { CasesLink } from './CasesLink.tsx';
import { FigureCard } from './FigureCard.tsx';
import type { DashboardFilters } from './filters.ts';
import { captionStyle, Section } from './Section.tsx';
import type { CmType, Dashboard } from './types.ts';
import { useFigureWords } from './words.tsx';

/**
 * Who is in case management and how the work moves (seed-000 Annex 2): B1/B2
 * returnees by type "at that moment", the period's last day (L913–L916), cases
 * opened and closed, B4 days to close (L919), and C1 the caseload per
 * caseworker (L928), which the planner sets against a plan (Annex 3, L1059).
 */
export function CaseloadSection({ data, filters }: { data: Dashboard; filters: DashboardFilters }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const words = useFigureWords(data.minCount);
  const { caseload } = data;
  const typeName = (type: CmType) => t(`dashboard.caseload.types.${type}`);
  const linked = can('cases.read');
  return (
    <Section title={t('dashboard.caseload.title')}>
      <ScrollTable label={t('dashboard.caseload.byType')} minWidth={320}>
        <caption style={captionStyle}>{t('dashboard.caseload.byType')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.caseload.type')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.caseload.returnees')}</Table.Th>
            {linked && <Table.Th scope="col">{t('dashboard.casesBehind')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {caseload.byType.map(({ type, count }) => (
            <Table.Tr key={type}>
              <Table.Th scope="row">{typeName(type)}</Table.Th>
              <Table.Td>{words.count(count)}</Table.Td>
              {linked && (
                <Table.Td>
                  <CasesLink
                    filters={filters}
                    figure={{ cohort: 'open_at_end', cmType: type }}
                    what={t('dashboard.caseload.openOfType', { type: typeName(type) })}
                  />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('dashboard.caseload.allTypes')}</Table.Th>
            <Table.Td fw={700}>{words.count(caseload.openAtEnd)}</Table.Td>
            {linked && (
              <Table.Td>
                <CasesLink
                  filters={filters}
                  figure={{ cohort: 'open_at_end' }}
                  what={t('dashboard.caseload.openAtEnd')}
                />
              </Table.Td>
            )}
          </Table.Tr>
        </Table.Tbody>
      </ScrollTable>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <FigureCard label={t('dashboard.caseload.opened')} value={words.countFigure(caseload.opened)}>
          <CasesLink filters={filters} figure={{ cohort: 'opened' }} what={t('dashboard.caseload.opened')} />
        </FigureCard>
        <FigureCard label={t('dashboard.caseload.closed')} value={words.countFigure(caseload.closed)}>
          <CasesLink filters={filters} figure={{ cohort: 'closed' }} what={t('dashboard.caseload.closed')} />
        </FigureCard>
        <FigureCard
          label={t('dashboard.caseload.meanDays')}
          value={words.days(caseload.meanDaysToClose)}
          help={t('dashboard.caseload.meanDaysHelp')}
        />
        <FigureCard
          label={t('dashboard.caseload.caseworkers')}
          value={words.countFigure(caseload.caseworkers)}
        />
        <FigureCard
          label={t('dashboard.caseload.ratio')}
          value={caseload.ratio === null ? words.withheld : <Ltr>{caseload.ratio}</Ltr>}
          help={t('dashboard.caseload.ratioHelp')}
        >
          {can('planning.use') && (
            <Anchor component={Link} to="/planning" size="sm">
              {t('dashboard.caseload.planner')}
            </Anchor>
          )}
        </FigureCard>
      </SimpleGrid>
    </Section>
  );
}
