import { Anchor, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { emptyPlan, type LongTermAssistanceLine, type PlanContent } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CaseFile } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { Section } from '../cases/page/Section.tsx';
import { CaseStaffNames, staffNamesOf } from '../cases/page/StaffName.tsx';
import { useCaseFile } from '../cases/queries.ts';
import { needOfPlanLine } from '../referrals/planNeed.ts';
import { ReferDialog } from '../referrals/ReferDialog.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { Ltr } from '../ui/Ltr.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { AgreementSection } from './AgreementSection.tsx';
import { BudgetTable } from './BudgetTable.tsx';
import { FeasibilityPanel } from './FeasibilityPanel.tsx';
import { HouseholdChildren } from './HouseholdChildren.tsx';
import { LineDeliveries } from './LineDeliveries.tsx';
import { PlanDocument } from './PlanDocument.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import { Purchases } from './Purchases.tsx';
import { usePlan } from './queries.ts';
import { Tranches } from './Tranches.tsx';
import type { PlanPage as PlanPageData, ReintegrationPlan } from './types.ts';
import { Versions } from './Versions.tsx';
import { PlanStatusBadge } from './words.tsx';

/** The plan as agreed so far, and everything done to deliver it. */
function PlanOverview({
  file,
  page,
  plan,
  working,
  onEdit,
}: {
  file: CaseFile;
  page: PlanPageData;
  plan: ReintegrationPlan;
  working: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const caseId = file.summary.id;
  const [referring, setReferring] = useState<LongTermAssistanceLine | null>(null);
  return (
    <>
      <Group gap="xs" justify="space-between">
        <Group gap="xs">
          <PlanStatusBadge status={plan.status} />
          <Text size="sm">{t('plans.versions.name', { number: plan.currentVersion })}</Text>
        </Group>
        <Group gap="xs">
          {working && (
            <Button variant="light" onClick={onEdit}>
              {t('plans.change')}
            </Button>
          )}
          <Button component={Link} to={`/cases/${caseId}/plan/print`} variant="default">
            {t('plans.print.open')}
          </Button>
        </Group>
      </Group>
      <Text size="sm">{t(`plans.statusHelp.${plan.status}`)}</Text>
      <AgreementSection file={file} page={page} plan={plan} working={working} />
      <Section id="plan-content-heading" title={t('plans.contentTitle', { number: plan.currentVersion })}>
        <PlanDocument content={plan.content} level={3} onRefer={working ? setReferring : undefined} />
        {referring && (
          <ReferDialog
            file={file}
            planLineId={referring.id}
            need={needOfPlanLine(referring.kind) ?? ''}
            onClose={() => setReferring(null)}
          />
        )}
      </Section>
      <Section id="plan-delivery-heading" title={t('plans.delivery.sectionTitle')}>
        <LineDeliveries caseId={caseId} plan={plan} working={working} />
        <Purchases caseId={caseId} plan={plan} working={working} />
        <Tranches caseId={caseId} plan={plan} working={working} />
      </Section>
      <Section id="plan-budget-heading" title={t('plans.budget.title')}>
        <BudgetTable budget={plan.budget} />
      </Section>
      <Section id="plan-versions-heading" title={t('plans.versions.title')}>
        <Versions caseId={caseId} plan={plan} />
      </Section>
      {page.children.length > 0 && (
        <Section id="plan-children-heading" title={t('plans.children.title')}>
          <HouseholdChildren items={page.children} />
        </Section>
      )}
    </>
  );
}

/**
 * The reintegration plan of a case (`/cases/:id/plan`): the current version
 * as Annex 3 lays it out, the returnee's agreement and the approval, the
 * delivery and its money, the versions, and the feasibility grid to think
 * with. Writing or changing the plan happens here too.
 */
export function PlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useSession();
  const file = useCaseFile(id);
  const page = usePlan(id);
  const [editing, setEditing] = useState<PlanContent | null>(null);
  usePageTitle(
    file.data ? t('plans.pageTitle', { reference: file.data.summary.reference }) : t('plans.title'),
  );

  const back = (
    <Anchor component={Link} to={`/cases/${id}#plan-heading`} size="sm">
      {t('plans.backToCase')}
    </Anchor>
  );
  if (!file.data || !page.data) {
    return (
      <Stack>
        {back}
        <Title order={1}>{t('plans.title')}</Title>
        {file.isPending || page.isPending ? (
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        ) : (
          <ErrorNotice error={file.error ?? page.error} />
        )}
      </Stack>
    );
  }

  const data = file.data;
  const plan = page.data.plan;
  const working = can('cases.write') && data.summary.status !== 'closed' && plan?.status !== 'closed';
  const start = () => setEditing(emptyPlan(data.person.placeOfIntendedReturn ?? ''));
  return (
    <CaseStaffNames.Provider key={id} value={staffNamesOf(data)}>
      <Stack gap="xl">
        <Stack gap="xs">
          {back}
          <Title order={1}>
            {editing ? t(plan ? 'plans.editor.reviseTitle' : 'plans.editor.startTitle') : t('plans.title')}
          </Title>
          <Text>
            {data.summary.person.name} · <Ltr>{data.summary.reference}</Ltr>
          </Text>
        </Stack>
        {editing ? (
          <PlanEditor
            caseId={id}
            page={page.data}
            initial={editing}
            onReload={() => {
              void page.refetch();
              setEditing(null);
            }}
            onDone={() => setEditing(null)}
          />
        ) : plan ? (
          <PlanOverview
            file={data}
            page={page.data}
            plan={plan}
            working={working}
            onEdit={() => setEditing(plan.content)}
          />
        ) : (
          <Stack gap="sm" align="flex-start">
            <Text>{t('plans.none')}</Text>
            {working && <Button onClick={start}>{t('plans.start')}</Button>}
          </Stack>
        )}
        {/* Kept on screen while the plan is written, to think with. */}
        <Section id="plan-feasibility-heading" title={t('plans.feasibility.title')}>
          <FeasibilityPanel caseId={id} working={working} />
        </Section>
      </Stack>
    </CaseStaffNames.Provider>
  );
}
