import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useOrganisation } from '../admin/organisation/queries.ts';
import { useStaffName } from '../cases/queries.ts';
import { ExportButton } from '../exports/ExportButton.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { useDates } from '../ui/format.ts';
import { Ltr } from '../ui/Ltr.tsx';
import { Pager } from '../ui/Pager.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { type DashboardFilters, type FigureBehind, figureFrom, filtersFrom, searchOf } from './filters.ts';
import { useCasesBehind } from './queries.ts';
import { casesPageSize } from './types.ts';

/** The figure in words: "Open at the end of the period, intensive". */
function useFigureName() {
  const { t } = useTranslation();
  return (figure: FigureBehind) => {
    const cohort = t(`dashboard.behind.cohorts.${figure.cohort}`);
    return figure.cmType
      ? t('dashboard.behind.ofType', { figure: cohort, type: t(`dashboard.caseload.types.${figure.cmType}`) })
      : cohort;
  };
}

/** The filters other than the period, in words; none says so. */
function useFiltersInWords(filters: DashboardFilters): string {
  const { t, i18n } = useTranslation();
  const { missionName, officeName } = useOrganisation();
  const caseworker = useStaffName(filters.caseworkerId || null);
  const words = [
    filters.missionId && (missionName(filters.missionId) || t('dashboard.mission')),
    filters.officeId && (officeName(filters.officeId) || t('dashboard.office')),
    filters.caseworkerId && (caseworker ?? t('dashboard.caseworker')),
    filters.sex && t(`sexes.${filters.sex}`),
    filters.ageBand &&
      (filters.ageBand === 'unknown' ? t('dashboard.unknownAge') : t(`ageBands.${filters.ageBand}`)),
    filters.vulnerable &&
      (filters.vulnerable === 'true' ? t('dashboard.vulnerableYes') : t('dashboard.vulnerableNo')),
  ].filter((w): w is string => Boolean(w));
  return words.length === 0
    ? t('dashboard.behind.noFilters')
    : new Intl.ListFormat(i18n.language, { type: 'unit' }).format(words);
}

/**
 * The cases behind a figure of the dashboard: the same filters and the same
 * cases the figure counts, of those only the ones the reader may open. The
 * list is what a figure rests on, so it is not withheld; the server gives it
 * only to readers of cases.
 */
export function CasesBehindPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('dashboard.behind.title'));
  const dates = useDates();
  const figureName = useFigureName();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const figure = figureFrom(params);
  const offset = Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0);
  const list = useCasesBehind(filters, figure, offset);
  const inWords = useFiltersInWords(filters);
  const score = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const back = `/dashboard?${searchOf(filters)}`;
  const items = list.data?.items ?? [];

  const page = (next: number) => {
    const search = new URLSearchParams(params);
    if (next > 0) search.set('offset', String(next));
    else search.delete('offset');
    setParams(search);
  };

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group>
          <Anchor component={Link} to={back}>
            {t('dashboard.behind.back')}
          </Anchor>
        </Group>
        <Title order={1}>{t('dashboard.behind.title')}</Title>
        {figure ? (
          <Stack gap={2}>
            <Text fw={600}>{t('dashboard.behind.figure', { figure: figureName(figure) })}</Text>
            <Text>
              {t('dashboard.behind.period', { from: dates.day(filters.from), to: dates.day(filters.to) })}
            </Text>
            <Text>{t('dashboard.behind.filters', { filters: inWords })}</Text>
            <Text size="sm">{t('dashboard.behind.onlyOpenable')}</Text>
          </Stack>
        ) : (
          <Text>{t('dashboard.behind.unknownFigure')}</Text>
        )}
      </Stack>
      {figure && items.length > 0 && (
        <Group>
          <ExportButton
            list="indicator_cases"
            filters={{
              ...Object.fromEntries(searchOf(filters)),
              cohort: figure.cohort,
              ...(figure.cmType ? { cmType: figure.cmType } : {}),
            }}
          />
        </Group>
      )}
      <ErrorNotice error={list.error} />
      {figure && list.isSuccess && items.length === 0 && <Text>{t('dashboard.behind.none')}</Text>}
      {items.length > 0 && (
        <ScrollTable label={t('dashboard.behind.list')} minWidth={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboard.behind.columns.reference')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.behind.columns.status')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.behind.columns.type')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.behind.columns.opened')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.behind.columns.closed')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.behind.columns.score')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={`/cases/${c.id}`} fw={600} size="sm">
                    <Ltr>{c.reference}</Ltr>
                  </Anchor>
                </Table.Th>
                <Table.Td>{t(`caseStatuses.${c.status}`)}</Table.Td>
                <Table.Td>{t(`dashboard.caseload.types.${c.cmType ?? 'unset'}`)}</Table.Td>
                <Table.Td>{dates.day(c.openedOn)}</Table.Td>
                <Table.Td>{c.closedOn ? dates.day(c.closedOn) : t('dashboard.behind.stillOpen')}</Table.Td>
                <Table.Td>
                  {c.latestComposite === null
                    ? t('dashboard.behind.noScore')
                    : score.format(c.latestComposite)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {list.data && list.data.total > 0 && (
        <Pager offset={offset} limit={casesPageSize} total={list.data.total} onChange={page} />
      )}
    </Stack>
  );
}
