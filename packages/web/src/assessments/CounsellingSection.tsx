import { Button, Center, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile, CounsellingSession } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { Section } from '../cases/page/Section.tsx';
import { StaffName } from '../cases/page/StaffName.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { Fact } from '../ui/Fact.tsx';
import { useDates } from '../ui/format.ts';
import { useCounsellingSessions } from './queries.ts';
import { RecordSessionDialog } from './RecordSessionDialog.tsx';

type Outcome =
  | 'firstLineSupportGiven'
  | 'referralWasNeeded'
  | 'interpreterWasBriefed'
  | 'interpreterNotBriefed'
  | 'toBeContinued';

/** What came of the session besides the talk: support given, a referral, the interpreter, a next meeting. */
function outcomes(session: CounsellingSession): Outcome[] {
  const all: [boolean, Outcome][] = [
    [session.firstLineSupportGiven, 'firstLineSupportGiven'],
    [session.referralNeeded, 'referralWasNeeded'],
    [session.interpreterBriefed === true, 'interpreterWasBriefed'],
    [session.interpreterBriefed === false, 'interpreterNotBriefed'],
    [session.continued, 'toBeContinued'],
  ];
  return all.filter(([holds]) => holds).map(([, outcome]) => outcome);
}

function SessionItem({ session }: { session: CounsellingSession }) {
  const { t } = useTranslation();
  const dates = useDates();
  const done = outcomes(session).map((key) => t(`counselling.outcomes.${key}`));
  const written = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('counselling.itemTitle', {
            type: t(`counselling.types.${session.type}`),
            date: dates.day(session.heldOn),
          })}
        </Title>
        <Text size="sm">
          {t(`counselling.settings.${session.setting}`)} · {t('counselling.recordedBy')}:{' '}
          <StaffName id={session.recordedBy} />
        </Text>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
          <Fact label={t('counselling.meetingType')}>
            {t(`counselling.meetingTypes.${session.meetingType}`)}
          </Fact>
          {session.reasons.length > 0 && (
            <Fact label={t('counselling.reasons')}>
              {session.reasons.map((reason) => t(`counselling.reasonNames.${reason}`)).join(', ')}
            </Fact>
          )}
          <Fact label={t('counselling.attendees')}>
            <Text span dir="auto" style={{ overflowWrap: 'anywhere' }}>
              {session.attendees
                .map((a) =>
                  t('assessments.personWithRole', {
                    name: a.name,
                    role: t(`counselling.attendeeRoles.${a.role}`),
                  }),
                )
                .join(', ')}
            </Text>
          </Fact>
          {session.topics.length > 0 && (
            <Fact label={t('counselling.topics')}>
              {session.topics.map((topic) => t(`counselling.topicNames.${topic}`)).join(', ')}
            </Fact>
          )}
          {done.length > 0 && <Fact label={t('counselling.outcomesTitle')}>{done.join(' · ')}</Fact>}
          {session.agreedNextSteps.trim() && (
            <Fact label={t('counselling.agreedNextSteps')}>
              <Text span dir="auto" style={written}>
                {session.agreedNextSteps}
              </Text>
            </Fact>
          )}
          {session.notes === null ? (
            <Fact label={t('counselling.notes')}>{t('counselling.notesHidden')}</Fact>
          ) : (
            session.notes.trim() && (
              <Fact label={t('counselling.notes')}>
                <Text span dir="auto" style={written}>
                  {session.notes}
                </Text>
              </Fact>
            )
          )}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/**
 * Counselling sessions held with the returnee (and their family), newest
 * first: who attended, what was discussed, done and agreed. The notes of a
 * session are confidential; a reader whose role may not read them is told so.
 */
export function CounsellingSection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [recording, setRecording] = useState(false);
  const sessions = useCounsellingSessions(file.summary.id);
  // A closed case has no sessions left to hold.
  const working = can('cases.write') && file.summary.status !== 'closed';
  const items = sessions.data?.items ?? [];
  return (
    <Section
      id="counselling-heading"
      title={t('counselling.title')}
      action={
        working && (
          <Button variant="light" onClick={() => setRecording(true)}>
            {t('counselling.record')}
          </Button>
        )
      }
    >
      <Text size="sm">{t('counselling.intro')}</Text>
      {sessions.isPending ? (
        <Center py="md">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : sessions.error ? (
        <ErrorNotice error={sessions.error} />
      ) : items.length === 0 ? (
        <Text>{t('counselling.none')}</Text>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('counselling.list')}
        >
          {[...items].reverse().map((session) => (
            <SessionItem key={session.id} session={session} />
          ))}
        </Stack>
      )}
      {recording && <RecordSessionDialog file={file} onClose={() => setRecording(false)} />}
    </Section>
  );
}
