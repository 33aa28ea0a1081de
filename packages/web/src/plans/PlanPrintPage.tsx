import {
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Image,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, attachmentUrl } from '../api/client.ts';
import { CaseStaffNames, StaffName, staffNamesOf } from '../cases/page/StaffName.tsx';
import { useCaseFile } from '../cases/queries.ts';
import { ErrorNotice } from '../ui/errors.tsx';
import { useDates } from '../ui/format.ts';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { PlanDocument } from './PlanDocument.tsx';
import { usePlan } from './queries.ts';
import type { PlanVersion } from './types.ts';
import { PlanStatusBadge } from './words.tsx';

// On paper only the plan: the app's header, menu, toasts and the buttons above the plan are left out.
const printCss = `
@page { size: A4; margin: 15mm; }
@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, .mantine-Notifications-root, [data-print-hide] {
    display: none !important;
  }
  .mantine-AppShell-main { padding: 0 !important; min-height: 0 !important; }
  .plan-print { max-width: none !important; font-size: 11pt; }
  .plan-print section, .plan-print li, .plan-print tr { break-inside: avoid; }
  .plan-print h2, .plan-print h3 { break-after: avoid; }
}`;

/** A blank to sign on, or the signature and name already on record. */
function SignatureLine({ label, children }: { label: string; children?: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={700}>
        {label}
      </Text>
      {children}
      <Box h={40} style={{ borderBottom: '1px solid var(--mantine-color-dark-3)' }} aria-hidden="true" />
    </Stack>
  );
}

/** The template's last lines: approved by the returnee, and by staff or a referral partner (L6539–L6541). */
function Signatures({ caseId, version }: { caseId: string; version: PlanVersion }) {
  const { t } = useTranslation();
  const dates = useDates();
  const { consent, approval } = version;
  return (
    <SimpleGrid
      cols={{ base: 1, xs: 2 }}
      spacing="xl"
      component="section"
      aria-label={t('plans.print.signatures')}
    >
      <SignatureLine label={t('plans.print.returneeSignature')}>
        {consent && (
          <Text size="sm" dir="auto">
            {t('plans.consent.given', {
              who: consent.givenBy,
              method: t(`consentMethods.${consent.method}`),
              date: dates.dateTime(consent.at),
            })}
          </Text>
        )}
        {consent?.signatureAttachmentId && (
          <Image
            src={attachmentUrl(caseId, consent.signatureAttachmentId)}
            alt={t('plans.print.signatureOf', { who: consent.givenBy })}
            h={70}
            w="auto"
            fit="contain"
          />
        )}
      </SignatureLine>
      <SignatureLine label={t('plans.print.staffSignature')}>
        {approval && (
          <Text size="sm">
            {dates.dateTime(approval.at)} · <StaffName id={approval.by} />
          </Text>
        )}
      </SignatureLine>
    </SimpleGrid>
  );
}

/**
 * The plan as a document to print or save as PDF (`/cases/:id/plan/print`),
 * in the reader's language and direction, for the returnee's copy (seed-002
 * L1255: they "should always have an updated copy of their own plan") and
 * for signature. Printing is recorded on the case.
 */
export function PlanPrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const file = useCaseFile(id);
  const page = usePlan(id);
  const recordPrint = useMutation({
    mutationFn: (version: number) => api.post(`/cases/${id}/plan/prints`, { version }),
  });
  usePageTitle(
    file.data ? t('plans.pageTitle', { reference: file.data.summary.reference }) : t('plans.title'),
  );

  const back = (
    <Anchor component={Link} to={`/cases/${id}/plan`} size="sm">
      {t('plans.print.back')}
    </Anchor>
  );
  const plan = page.data?.plan;
  if (!file.data || !plan) {
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
        {page.data && !plan && <Text>{t('plans.none')}</Text>}
      </Stack>
    );
  }

  const data = file.data;
  const version = plan.versions.find((v) => v.number === plan.currentVersion);
  function print() {
    recordPrint.mutate(plan?.currentVersion ?? 1);
    window.print();
  }
  return (
    <CaseStaffNames.Provider key={id} value={staffNamesOf(data)}>
      <style>{printCss}</style>
      <Stack gap="lg">
        <Stack gap="xs" data-print-hide>
          {back}
          <Group gap="xs">
            <Button onClick={print}>{t('plans.print.print')}</Button>
            <Text size="sm">{t('plans.print.help')}</Text>
          </Group>
          <ErrorNotice error={recordPrint.error} />
        </Stack>
        <Box component="article" className="plan-print" maw={820} aria-labelledby="plan-print-title">
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} id="plan-print-title">
                {t('plans.print.title')}
              </Title>
              <Group gap="xs">
                <Text size="sm">{t('plans.versions.name', { number: plan.currentVersion })}</Text>
                <PlanStatusBadge status={plan.status} />
              </Group>
            </Stack>
            <PlanDocument
              content={plan.content}
              level={2}
              returnee={{ name: data.summary.person.name, reference: data.summary.reference }}
            />
            {version && <Signatures caseId={id} version={version} />}
          </Stack>
        </Box>
      </Stack>
    </CaseStaffNames.Provider>
  );
}
