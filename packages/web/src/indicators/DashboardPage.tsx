import { Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ExportButton } from '../exports/ExportButton.tsx';
import { ErrorNotice, useFieldErrors } from '../ui/errors.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { AccountabilitySection } from './AccountabilitySection.tsx';
import { CaseloadSection } from './CaseloadSection.tsx';
import { DashboardFilterBar } from './DashboardFilterBar.tsx';
import { backwards, type DashboardFilters, filtersFrom, searchOf } from './filters.ts';
import { MeetingsSection } from './MeetingsSection.tsx';
import { useDashboard } from './queries.ts';
import { RecommendationsSection } from './RecommendationsSection.tsx';
import { ReferralsSection } from './ReferralsSection.tsx';
import { RefreshFigures } from './RefreshFigures.tsx';
import { ScoresSection } from './ScoresSection.tsx';

/** The address's name for the rebuild under way, beside the filters. */
const jobParam = 'job';

/**
 * The programme manager's dashboard (issue 7): for the offices and missions
 * in the reader's scope and any period, the caseload, the meetings, the
 * caseworkers' business recommendations, the reintegration scores, the referrals,
 * and returnees' satisfaction, complaints and staff wellbeing. The server withholds every figure
 * resting on fewer than its minimum count of returnees, so that nobody can be
 * recognised in it; the page says so in words wherever one is withheld.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.nav'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const jobId = params.get(jobParam);
  const dashboard = useDashboard(filters);
  const fieldErrors = useFieldErrors()(dashboard.error);
  const data = dashboard.data;

  const go = (next: DashboardFilters, job: string | null) => {
    const search = searchOf(next);
    if (job) search.set(jobParam, job);
    setParams(search, { replace: true });
  };

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('dashboard.nav')}</Title>
        <Text>{t('dashboard.intro')}</Text>
      </Stack>
      <DashboardFilterBar
        filters={filters}
        onChange={(changes) => go({ ...filters, ...changes }, jobId)}
        fieldErrors={fieldErrors}
      />
      <RefreshFigures refreshedAt={data?.refreshedAt} jobId={jobId} onJob={(job) => go(filters, job)} />
      {data && !backwards(filters) && (
        <Group>
          <ExportButton list="dashboard" filters={Object.fromEntries(searchOf(filters))} />
        </Group>
      )}
      {Object.keys(fieldErrors).length === 0 && <ErrorNotice error={dashboard.error} />}
      {dashboard.isPending && dashboard.fetchStatus === 'fetching' && (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {/* Figures of another period stay off screen while the period asked for cannot be read. */}
      {data && !backwards(filters) && (
        <Stack gap="xl" aria-busy={dashboard.isFetching}>
          <CaseloadSection data={data} filters={filters} />
          <MeetingsSection data={data} />
          <RecommendationsSection data={data} filters={filters} />
          <ScoresSection data={data} filters={filters} />
          <ReferralsSection data={data} />
          <AccountabilitySection data={data} />
        </Stack>
      )}
    </Stack>
  );
}
