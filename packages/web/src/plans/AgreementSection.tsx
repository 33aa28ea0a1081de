import { Alert, Button, Group, List, SimpleGrid, Text } from '@mantine/core';
import { approvalProblems } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { CaseFile } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { Section } from '../cases/page/Section.tsx';
import { StaffName } from '../cases/page/StaffName.tsx';
import { Fact } from '../ui/Fact.tsx';
import { useDates } from '../ui/format.ts';
import { ConsentDialog } from './ConsentDialog.tsx';
import { usePlanCommand } from './queries.ts';
import type { PlanPage, ReintegrationPlan } from './types.ts';
import { PlanErrorNotice } from './words.tsx';

/**
 * The returnee's agreement to the current version and a supervisor's approval
 * of it. Each change asks for agreement again (seed-002 L1204). A supervisor
 * sees why approval is not possible yet, as the server would say it.
 */
export function AgreementSection({
  file,
  page,
  plan,
  working,
}: {
  file: CaseFile;
  page: PlanPage;
  plan: ReintegrationPlan;
  working: boolean;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const { me, can } = useSession();
  const [consenting, setConsenting] = useState(false);
  const caseId = file.summary.id;
  const current = plan.versions.find((v) => v.number === plan.currentVersion);
  const approve = usePlanCommand(
    caseId,
    () => api.post<PlanPage>(`/cases/${caseId}/plan/approval`, { version: plan.currentVersion }),
    { saved: () => t('plans.approval.saved', { number: plan.currentVersion }) },
  );
  if (!current) return null;

  const consent = current.consent;
  const approval = current.approval;
  const problems = approvalProblems(
    { authorId: current.authorId, consentedAt: consent?.at ?? null, approvedAt: approval?.at ?? null },
    me?.user.id ?? '',
    { isChild: page.isChild, hasBestInterestsAssessment: page.hasBestInterestsAssessment },
  );
  const approver = can('cases.approve') && working && plan.approvalRequired && !approval;

  return (
    <Section
      id="plan-agreement-heading"
      title={t('plans.agreementTitle', { number: plan.currentVersion })}
      action={
        <Group gap="xs">
          {working && !consent && (
            <Button variant="light" onClick={() => setConsenting(true)}>
              {t('plans.consent.start')}
            </Button>
          )}
          {approver && (
            <Button
              onClick={() => approve.mutate()}
              loading={approve.isPending}
              disabled={problems.length > 0}
            >
              {t('plans.approval.approve', { number: plan.currentVersion })}
            </Button>
          )}
        </Group>
      }
    >
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
        <Fact label={t('plans.consent.label')}>
          {consent
            ? t('plans.consent.given', {
                who: consent.givenBy,
                method: t(`consentMethods.${consent.method}`),
                date: dates.dateTime(consent.at),
              })
            : t('plans.consent.notYet')}
          {consent?.witnessedBy && ` ${t('plans.consent.witness', { who: consent.witnessedBy })}`}
          {consent?.signatureAttachmentId && ` ${t('plans.consent.signed')}`}
        </Fact>
        <Fact label={t('plans.approval.label')}>
          {!plan.approvalRequired ? (
            t('plans.approval.notRequired')
          ) : approval ? (
            <>
              {dates.dateTime(approval.at)} · <StaffName id={approval.by} />
            </>
          ) : (
            t('plans.approval.waiting')
          )}
        </Fact>
      </SimpleGrid>
      {approver && problems.length > 0 && (
        // No Alert title: Mantine colours it in a shade below 4.5:1 on the pale background.
        <Alert color="orange" c="orange.9" variant="light">
          <Text size="sm" fw={600}>
            {t('plans.approval.notYet')}
          </Text>
          <List size="sm">
            {problems.map((p) => (
              <List.Item key={p}>{t(`plans.errors.${p}`)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {page.isChild && !page.hasBestInterestsAssessment && !approver && (
        <Text size="sm">{t('plans.errors.best_interests_assessment_missing')}</Text>
      )}
      <PlanErrorNotice error={approve.error} />
      {consenting && (
        <ConsentDialog file={file} version={plan.currentVersion} onClose={() => setConsenting(false)} />
      )}
    </Section>
  );
}
