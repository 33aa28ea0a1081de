import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { planWorkload, type WorkloadRequest, workloadProblems } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisation } from '../admin/organisation/queries.ts';
import { useMe } from '../auth/session.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { Ltr } from '../ui/Ltr.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { ActualFigures } from './ActualFigures.tsx';
import { AvailableHours } from './AvailableHours.tsx';
import { Figure } from './Figure.tsx';
import { useLoadActuals, usePlanOnServer } from './queries.ts';
import { RowsTable } from './RowsTable.tsx';
import {
  blankRow,
  exampleRows,
  type PlannerRow,
  plannerRows,
  problemKinds,
  workloadRequest,
} from './rows.ts';
import { usePlanNumbers } from './words.tsx';

/**
 * The Annex 3 caseworker to beneficiary ratio planning tool (seed-000
 * L935–L1074) for supervisors and programme managers: lines of work per week,
 * a caseworker's hours for beneficiaries, and the plan they make, worked out
 * in the browser by the same domain function the server uses. It starts from
 * the study's example estimates, or from the mission's real figures (B3) to
 * set the plan beside the caseloads carried (C1).
 */
export function PlannerPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.planning'));
  const me = useMe();
  const numbers = usePlanNumbers();
  const { offices, officeGroups } = useOrganisation();
  const [rows, setRows] = useState<PlannerRow[]>(exampleRows);
  const [available, setAvailable] = useState<number | string>(30);
  const [source, setSource] = useState<'estimates' | 'actuals'>('estimates');
  const [officeId, setOfficeId] = useState('');
  const server = usePlanOnServer();
  const load = useLoadActuals();

  const request = workloadRequest(available, rows);
  const problems = workloadProblems(request);
  const kinds = problemKinds(problems, rows.length);
  // Checked just above: with no problems the request is a whole one.
  const plan = problems.length === 0 ? planWorkload(request as WorkloadRequest) : null;

  // The server's answer is about the lines it was given: any change makes it stale.
  const changeRows = (next: PlannerRow[]) => {
    setRows(next);
    server.reset();
  };
  const changeAvailable = (hours: number | string) => {
    setAvailable(hours);
    server.reset();
  };
  const missionId = me.user.missionId;
  const officeChoices = missionId
    ? offices.filter((o) => o.missionId === missionId).map((o) => ({ value: o.id, label: o.name }))
    : officeGroups(null, true);
  const loadActuals = () =>
    load.mutate(
      { ...(missionId ? { missionId } : {}), ...(officeId ? { officeId } : {}) },
      {
        onSuccess: (actuals) => {
          // Nothing to plan from: the lines stay as they were, and the page says so.
          if (actuals.rows.length === 0) return;
          changeRows(plannerRows(actuals.rows));
          setSource('actuals');
        },
      },
    );

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('nav.planning')}</Title>
        <Text>{t('planning.intro')}</Text>
      </Stack>

      <Stack component="section" aria-labelledby="planning-available-heading" gap="sm">
        <Title order={2} id="planning-available-heading">
          {t('planning.available.title')}
        </Title>
        <AvailableHours
          available={available}
          error={kinds.availableHoursPerWeek && t(`planning.problems.${kinds.availableHoursPerWeek}`)}
          onChange={changeAvailable}
        />
      </Stack>

      <Stack component="section" aria-labelledby="planning-rows-heading" gap="sm">
        <Title order={2} id="planning-rows-heading">
          {t('planning.rows.title')}
        </Title>
        <Text size="sm">{t('planning.rows.help')}</Text>
        <Text size="sm" fw={600}>
          {t(source === 'actuals' ? 'planning.rows.fromActuals' : 'planning.rows.fromEstimates')}
        </Text>
        <RowsTable rows={rows} problems={kinds} onChange={changeRows} />
        {kinds.rows && (
          <Text size="sm" c="red.9" role="alert">
            {t(`planning.problems.${kinds.rows}`)}
          </Text>
        )}
        <Group gap="sm">
          <Button variant="default" onClick={() => changeRows([...rows, blankRow()])}>
            {t('planning.rows.add')}
          </Button>
          <Button
            variant="subtle"
            onClick={() => {
              changeRows(exampleRows());
              setSource('estimates');
            }}
          >
            {t('planning.rows.example')}
          </Button>
        </Group>
      </Stack>

      <Stack component="section" aria-labelledby="planning-result-heading" gap="sm">
        <Title order={2} id="planning-result-heading">
          {t('planning.result.title')}
        </Title>
        <div aria-live="polite">
          {plan ? (
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <Figure label={t('planning.result.totalHours')} value={numbers.number(plan.totalHours)} />
              <Figure label={t('planning.result.totalCases')} value={numbers.number(plan.totalCases)} />
              <Figure label={t('planning.result.ratio')} value={<Ltr>{plan.ratio}</Ltr>} />
              <Figure
                label={t('planning.result.caseworkersNeeded')}
                value={numbers.number(plan.caseworkersNeeded)}
              />
            </SimpleGrid>
          ) : (
            <Text>{t('planning.result.fix')}</Text>
          )}
        </div>
        <Group gap="sm">
          <Button
            variant="light"
            disabled={!plan}
            loading={server.isPending}
            onClick={() => server.mutate(request as WorkloadRequest)}
          >
            {t('planning.result.ask')}
          </Button>
        </Group>
        <ErrorNotice error={server.error} />
        {server.data && (
          <Alert color="teal" variant="light" role="status">
            {t('planning.result.server', {
              hours: numbers.number(server.data.totalHours),
              cases: numbers.number(server.data.totalCases),
              ratio: server.data.ratio,
              caseworkers: numbers.number(server.data.caseworkersNeeded),
            })}
          </Alert>
        )}
      </Stack>

      <Stack component="section" aria-labelledby="planning-actuals-heading" gap="sm">
        <Title order={2} id="planning-actuals-heading">
          {t('planning.actuals.title')}
        </Title>
        <Text size="sm">{t('planning.actuals.intro')}</Text>
        <NativeSelect
          label={t('planning.actuals.office')}
          value={officeId}
          onChange={(e) => setOfficeId(e.currentTarget.value)}
          data={[{ value: '', label: t('planning.actuals.allOffices') }, ...officeChoices]}
          maw={360}
        />
        <Group>
          <Button onClick={loadActuals} loading={load.isPending}>
            {t('planning.actuals.load')}
          </Button>
        </Group>
        <ErrorNotice error={load.error} />
        {load.data && load.data.rows.length === 0 && <Text role="status">{t('planning.actuals.none')}</Text>}
        {load.data && <ActualFigures actuals={load.data} plan={plan} />}
      </Stack>
    </Stack>
  );
}
