import {
  Anchor,
  Badge,
  Card,
  Center,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { closureReasonCodes } from '@reintegra/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client.ts';
import type { Approval } from '../api/types.ts';
import { StaffName } from '../cases/page/StaffName.tsx';
import { caseListKey } from '../cases/queries.ts';
import { ErrorNotice } from '../ui/errors.tsx';
import { Fact } from '../ui/Fact.tsx';
import { useDates } from '../ui/format.ts';
import { Ltr } from '../ui/Ltr.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';

/** A list across cases: refreshed with the case lists after any change to a case. */
const approvalsKey = [...caseListKey, 'approvals'] as const;

/** Why it was proposed: a closure's reason in words; a transfer's as the caseworker wrote it. */
function Reason({ approval }: { approval: Approval }) {
  const { t } = useTranslation();
  const code = closureReasonCodes.find((c) => c === approval.reason);
  if (approval.kind === 'closure' && code) return <>{t(`closureReasons.${code}`)}</>;
  return (
    <Text span size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
      {approval.reason}
    </Text>
  );
}

function ApprovalCard({ approval }: { approval: Approval }) {
  const { t } = useTranslation();
  const dates = useDates();
  const headingId = `approval-${approval.id}`;
  const c = approval.case;
  return (
    <Card component="article" aria-labelledby={headingId} withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          <Ltr>{c.reference}</Ltr> · <span dir="auto">{c.person.name}</span>
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} m={0}>
          <Fact label={t('approvals.what')}>
            <Badge
              variant="light"
              color={approval.kind === 'closure' ? 'grape' : 'blue'}
              c={approval.kind === 'closure' ? 'grape.9' : 'blue.9'}
              tt="none"
            >
              {t(`approvals.kinds.${approval.kind}`)}
            </Badge>
          </Fact>
          <Fact label={t('approvals.proposedBy')}>
            <StaffName id={approval.proposedBy} />
          </Fact>
          <Fact label={t('approvals.proposedAt')}>{dates.dateTime(approval.proposedAt)}</Fact>
          <Fact label={t('approvals.reason')}>
            <Reason approval={approval} />
          </Fact>
        </SimpleGrid>
        <Anchor component={Link} to={`/cases/${c.id}`} fw={600} size="sm">
          {t('approvals.openCase')}
          <VisuallyHidden> {c.reference}</VisuallyHidden>
        </Anchor>
      </Stack>
    </Card>
  );
}

/**
 * What waits for a supervisor in their scope, oldest first: closures to
 * approve or send back, transfers to approve or refuse. Each is decided on its
 * case page, where the whole file can be read first.
 */
export function ApprovalsPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.approvals'));
  const approvals = useQuery({
    queryKey: approvalsKey,
    queryFn: () => api.get<{ items: Approval[] }>('/approvals'),
  });
  const items = approvals.data?.items ?? [];
  return (
    <Stack>
      <Stack gap={4}>
        <Title order={1}>{t('nav.approvals')}</Title>
        <Text>{t('approvals.intro')}</Text>
      </Stack>
      <ErrorNotice error={approvals.error} />
      {approvals.isPending ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : (
        items.length === 0 && !approvals.error && <Text>{t('approvals.none')}</Text>
      )}
      {items.map((a) => (
        <ApprovalCard key={`${a.kind}:${a.id}`} approval={a} />
      ))}
    </Stack>
  );
}
