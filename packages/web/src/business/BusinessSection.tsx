import { Button, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  businessLaunched,
  businessPlanEditable,
  businessPlanElements,
  businessSurvives,
} from '@reintegra/domain';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { today } from '../cases/new/draft.ts';
import { Section } from '../cases/page/Section.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { Fact } from '../ui/Fact.tsx';
import { ApplyDialog } from './ApplyDialog.tsx';
import { BusinessPlanDialog } from './BusinessPlanDialog.tsx';
import { BusinessSteps } from './BusinessSteps.tsx';
import { BusinessTypeFacts } from './BusinessTypeFacts.tsx';
import { MonitoringVisits } from './MonitoringVisits.tsx';
import { PlanElements } from './PlanElements.tsx';
import { type BusinessApplication, useBusiness } from './queries.ts';
import { RecommendationDialog } from './RecommendationDialog.tsx';
import { StageMoves } from './StageMoves.tsx';
import { TrainingDialog } from './TrainingDialog.tsx';
import { TrainingsAttended } from './TrainingsAttended.tsx';
import { VisitDialog } from './VisitDialog.tsx';
import { StageBadge } from './words.tsx';

type Dialog = 'apply' | 'type' | 'plan' | 'training' | 'visit' | null;

/** A part of the application under its own heading, with the action that adds to it. */
function Part({
  id,
  title,
  action,
  children,
}: {
  id: string;
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack component="section" aria-labelledby={id} gap="xs">
      <Group justify="space-between" align="center" gap="xs">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Stack>
  );
}

/** Whether the business is open today, by the latest visit; unknown until the first visit. */
function Survival({ application }: { application: BusinessApplication }) {
  const { t } = useTranslation();
  const survives = businessSurvives(application.visits, today());
  if (survives === null) return <>{t('business.survivesUnknown')}</>;
  return <>{survives ? t('business.survivesYes') : t('business.survivesNo')}</>;
}

/**
 * Business development support (Annex 2 of the Reintegration Handbook): the
 * returnee's idea, the two selections it goes through, the type of business
 * the caseworker recommended and the one the returnee chose, the nine-element
 * business plan, the training attended and the monitoring visits that show
 * whether the business survives.
 */
export function BusinessSection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const id = file.summary.id;
  const business = useBusiness(id);
  const application = business.data?.application ?? null;
  const working = can('cases.write') && file.summary.status !== 'closed';
  const close = () => setDialog(null);
  const reload = () => void business.refetch();
  const add = (label: string, opens: Dialog) =>
    working && (
      <Button variant="light" size="xs" onClick={() => setDialog(opens)}>
        {label}
      </Button>
    );

  return (
    <Section
      id="business-heading"
      title={t('business.title')}
      action={business.data && !application && add(t('business.apply'), 'apply')}
    >
      <Text size="sm">{t('business.intro')}</Text>
      {business.isPending ? (
        <Center py="md">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : business.error ? (
        <ErrorNotice error={business.error} />
      ) : !application ? (
        <Text>{t('business.none')}</Text>
      ) : (
        <>
          <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="sm" m={0}>
            <Fact label={t('business.idea')}>
              <span dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                {application.idea}
              </span>
            </Fact>
            <Fact label={t('business.stage')}>
              <StageBadge stage={application.stage} />
            </Fact>
            <Fact label={t('business.survives')}>
              <Survival application={application} />
            </Fact>
          </SimpleGrid>
          <Text size="sm">{t(`business.stageHelp.${application.stage}`)}</Text>
          {working && (
            // Keyed by version: a refusal speaks of the application as it was, and a newer one starts afresh.
            <StageMoves key={application.version} caseId={id} application={application} onReload={reload} />
          )}
          <Part id="business-steps-heading" title={t('business.steps')}>
            <BusinessSteps history={application.history} />
          </Part>
          <Part
            id="business-type-heading"
            title={t('business.recommendation.title')}
            action={add(
              application.chosenType === null
                ? t('business.recommendation.record')
                : t('business.recommendation.change'),
              'type',
            )}
          >
            <BusinessTypeFacts application={application} />
          </Part>
          <Part
            id="business-plan-heading"
            title={t('business.plan.title')}
            action={
              businessPlanEditable(application.stage) &&
              add(
                application.missingElements.length === businessPlanElements.length
                  ? t('business.plan.write')
                  : t('business.plan.edit'),
                'plan',
              )
            }
          >
            <PlanElements application={application} />
          </Part>
          <Part
            id="business-trainings-heading"
            title={t('business.trainings.title')}
            action={add(t('business.trainings.record'), 'training')}
          >
            <TrainingsAttended trainings={application.trainings} />
          </Part>
          <Part
            id="business-visits-heading"
            title={t('business.visits.title')}
            action={businessLaunched(application.stage) && add(t('business.visits.record'), 'visit')}
          >
            {businessLaunched(application.stage) ? (
              <MonitoringVisits visits={application.visits} />
            ) : (
              <Text size="sm">{t('business.visits.notYet')}</Text>
            )}
          </Part>
        </>
      )}
      {dialog === 'apply' && <ApplyDialog file={file} onReload={reload} onClose={close} />}
      {application && dialog === 'type' && (
        <RecommendationDialog file={file} application={application} onReload={reload} onClose={close} />
      )}
      {application && dialog === 'plan' && (
        <BusinessPlanDialog file={file} application={application} onReload={reload} onClose={close} />
      )}
      {application && dialog === 'training' && (
        <TrainingDialog file={file} application={application} onReload={reload} onClose={close} />
      )}
      {dialog === 'visit' && <VisitDialog file={file} onReload={reload} onClose={close} />}
    </Section>
  );
}
