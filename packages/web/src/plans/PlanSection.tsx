import { Button, Center, Group, List, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseFile } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { Section } from '../cases/page/Section.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { usePlan } from './queries.ts';
import { PlanStatusBadge, useMoney } from './words.tsx';

/** The reintegration plan on the case page: where it stands and its money, with the way to the plan itself. */
export function PlanSection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const money = useMoney();
  const id = file.summary.id;
  const page = usePlan(id);
  const plan = page.data?.plan;
  const working = can('cases.write') && file.summary.status !== 'closed';
  return (
    <Section
      id="plan-heading"
      title={t('plans.title')}
      action={
        (plan || (page.data && working)) && (
          <Button component={Link} to={`/cases/${id}/plan`} variant="light">
            {plan ? t('plans.open') : t('plans.start')}
          </Button>
        )
      }
    >
      {page.isPending ? (
        <Center py="md">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : page.error ? (
        <ErrorNotice error={page.error} />
      ) : !plan ? (
        <Text>{t('plans.none')}</Text>
      ) : (
        <>
          <Group gap="xs">
            <PlanStatusBadge status={plan.status} />
            <Text size="sm">{t('plans.versions.name', { number: plan.currentVersion })}</Text>
          </Group>
          <Text size="sm">{t(`plans.statusHelp.${plan.status}`)}</Text>
          {plan.budget.length > 0 && (
            <List size="sm" spacing={2} aria-label={t('plans.budget.title')}>
              {plan.budget.map((line) => {
                const of = (minor: number) => money({ minor, currency: line.currency });
                return (
                  <List.Item key={line.currency}>
                    {t('plans.budget.summary', {
                      budget: of(line.budget),
                      committed: of(line.committed),
                      spent: of(line.spent),
                      remaining: of(line.remaining),
                    })}
                  </List.Item>
                );
              })}
            </List>
          )}
        </>
      )}
    </Section>
  );
}
