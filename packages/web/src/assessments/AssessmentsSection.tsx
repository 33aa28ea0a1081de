import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { ageOfMajority, ageOn } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, AssessmentKind, CaseFile } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { today } from '../cases/new/draft.ts';
import { Section } from '../cases/page/Section.tsx';
import { StaffName } from '../cases/page/StaffName.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { useDates } from '../ui/format.ts';
import { AssessmentFindings } from './AssessmentFindings.tsx';
import { BestInterestsDialog } from './BestInterestsDialog.tsx';
import { NeedsAssessmentDialog } from './NeedsAssessmentDialog.tsx';
import { useAssessments } from './queries.ts';
import { VulnerabilityScreeningDialog } from './VulnerabilityScreeningDialog.tsx';

/** Under 18 today; an unknown age counts as a child, as on the server, so that no safeguard is skipped. */
function isChild(file: CaseFile): boolean {
  const age = ageOn(file.person, today());
  return age === null || age < ageOfMajority;
}

function AssessmentItem({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('assessments.itemTitle', {
            kind: t(`assessments.kinds.${assessment.kind}`),
            date: dates.day(assessment.conductedOn),
          })}
        </Title>
        <Text size="sm">
          {/* Only a screening is done at a stage of its own; the other kinds follow the return. */}
          {assessment.kind === 'vulnerability' && `${t(`assessments.phases.${assessment.phase}`)} · `}
          {t('assessments.conductedBy')}: <StaffName id={assessment.conductedBy} />
        </Text>
        <AssessmentFindings assessment={assessment} />
      </Stack>
    </Paper>
  );
}

/**
 * The vulnerability screenings, needs and skills assessments and, for a
 * child, best-interests assessments of the case, newest first, with what
 * each found. A screening flags the case and starts referral tasks; a needs
 * assessment decides the type of case management.
 */
export function AssessmentsSection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [recording, setRecording] = useState<AssessmentKind | null>(null);
  const assessments = useAssessments(file.summary.id);
  // A closed case has nothing left to assess.
  const working = can('cases.write') && file.summary.status !== 'closed';
  const kinds: AssessmentKind[] = isChild(file)
    ? ['vulnerability', 'needs', 'best_interests']
    : ['vulnerability', 'needs'];
  const items = assessments.data?.items ?? [];
  const close = () => setRecording(null);

  return (
    <Section id="assessments-heading" title={t('assessments.title')}>
      <Text size="sm">{t('assessments.intro')}</Text>
      {working && (
        <Group gap="xs">
          {kinds.map((kind) => (
            <Button
              key={kind}
              variant="light"
              onClick={() => setRecording(kind)}
              disabled={!assessments.data}
            >
              {t(`assessments.record.${kind}`)}
            </Button>
          ))}
        </Group>
      )}
      {assessments.isPending ? (
        <Center py="md">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : assessments.error ? (
        <ErrorNotice error={assessments.error} />
      ) : items.length === 0 ? (
        <Text>{t('assessments.none')}</Text>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('assessments.list')}
        >
          {[...items].reverse().map((assessment) => (
            <AssessmentItem key={assessment.id} assessment={assessment} />
          ))}
        </Stack>
      )}
      {recording === 'vulnerability' && (
        <VulnerabilityScreeningDialog file={file} assessments={items} onClose={close} />
      )}
      {recording === 'needs' && <NeedsAssessmentDialog file={file} onClose={close} />}
      {recording === 'best_interests' && <BestInterestsDialog file={file} onClose={close} />}
    </Section>
  );
}
