import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { CaseFile, RssRound, RssScoresView } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { Section } from '../cases/page/Section.tsx';
import { StaffName } from '../cases/page/StaffName.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { useDates } from '../ui/format.ts';
import { ApproachesToConsider } from './ApproachesToConsider.tsx';
import { useRssRounds } from './queries.ts';
import { ScoreCards } from './ScoreCards.tsx';
import { StartRoundDialog } from './StartRoundDialog.tsx';
import { fullScheme, InterviewerOnCaseWarning, RoundStatusBadge, useScoreFormat } from './words.tsx';

// The charting library is large: fetched only when a case has scores to draw, not with every case page.
const ScoresChart = lazy(() => import('./ScoresChart.tsx').then((m) => ({ default: m.ScoresChart })));

type Scored = RssRound & { scores: RssScoresView };
const isScored = (r: RssRound): r is Scored => r.status === 'completed' && r.scores !== null;

/** One round: what, when, where, by whom, how it ended, and its scores once completed. */
function RoundItem({
  round,
  previous,
  scheme,
  caseId,
  working,
  latest = false,
}: {
  round: RssRound;
  previous: Scored | undefined;
  scheme: ReturnType<typeof fullScheme>;
  caseId: string;
  working: boolean;
  /** The latest completed round: the one whose weak dimensions call for support now. */
  latest?: boolean;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const format = useScoreFormat();
  const title = t('survey.roundTitle', {
    kind: t(`survey.kinds.${round.kind}`),
    date: dates.day(round.interviewedOn),
  });
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={4}>
            <Title order={3} size="h4">
              {title}
            </Title>
            <div>
              <RoundStatusBadge status={round.status} />
            </div>
          </Stack>
          {working && round.status === 'in_progress' && (
            <Button
              component={Link}
              to={`/cases/${caseId}/survey/${round.id}`}
              aria-label={t('survey.continueRound', { round: title })}
            >
              {t('survey.continue')}
            </Button>
          )}
        </Group>
        <Text size="sm">
          {t(`survey.locations.${round.location}`)} · {t(`survey.consentMethods.${round.consentMethod}`)}
        </Text>
        <Text size="sm">
          {t('survey.interviewer')}: <StaffName id={round.interviewerId} />
        </Text>
        {round.interviewerOnCase && <InterviewerOnCaseWarning />}
        {round.status === 'in_progress' && <Text size="sm">{t('survey.inProgressNoScore')}</Text>}
        {round.status === 'no_consent' && <Text size="sm">{t('survey.noConsent')}</Text>}
        {round.status === 'interrupted' && (
          <>
            <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
              {t('survey.interruptedReason', { reason: round.interruptedReason ?? '' })}
            </Text>
            <Text size="sm">{t('survey.interruptedNoScore')}</Text>
          </>
        )}
        {isScored(round) && (
          <ScoreCards
            scores={round.scores}
            scheme={scheme}
            previous={previous && { kind: previous.kind, scores: previous.scores }}
            label={t('survey.scoresOf', { round: title })}
          />
        )}
        {isScored(round) && latest && <ApproachesToConsider scores={round.scores} />}
        {isScored(round) && round.countryScores && (
          <Text size="sm">
            {t('survey.countryScores', {
              set: round.countryScores.weightSet,
              economic: format.score(round.countryScores.economic),
              social: format.score(round.countryScores.social),
              psychosocial: format.score(round.countryScores.psychosocial),
              composite: format.score(round.countryScores.composite),
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The Reintegration Sustainability Survey on the case page: the rounds taken,
 * newest first, with their scores, bands and movement, and a chart of the
 * scores across the completed rounds that the returnee can be shown.
 */
export function SurveySection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [starting, setStarting] = useState(false);
  const id = file.summary.id;
  const rounds = useRssRounds(id);
  const working = can('cases.write') && file.summary.status !== 'closed';
  const { hash } = useLocation();
  const loaded = rounds.data !== undefined;
  // Back from a round (`#survey-heading`): the section is far down the page, and drawn only once its rounds load.
  useEffect(() => {
    if (loaded && hash === '#survey-heading') document.getElementById('survey-heading')?.scrollIntoView();
  }, [loaded, hash]);

  const items = rounds.data?.items ?? [];
  const scheme = rounds.data ? fullScheme(rounds.data.thresholdScheme) : null;
  const scored = items.filter(isScored);
  return (
    <Section
      id="survey-heading"
      title={t('survey.title')}
      action={
        working && (
          <Button variant="light" onClick={() => setStarting(true)} disabled={!rounds.data}>
            {t('survey.start')}
          </Button>
        )
      }
    >
      <Text size="sm">{t('survey.intro')}</Text>
      {rounds.isPending ? (
        <Center py="md">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : rounds.error ? (
        <ErrorNotice error={rounds.error} />
      ) : items.length === 0 ? (
        <Text>{t('survey.none')}</Text>
      ) : (
        scheme && (
          <>
            {scored.length > 0 && (
              <Suspense
                fallback={
                  <Center py="md">
                    <Loader size="sm" aria-label={t('common.loading')} />
                  </Center>
                }
              >
                <ScoresChart rounds={scored} scheme={scheme} />
              </Suspense>
            )}
            <Stack
              component="ul"
              gap="xs"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label={t('survey.rounds')}
            >
              {[...items].reverse().map((round) => (
                <RoundItem
                  key={round.id}
                  round={round}
                  // The completed round before this one, for the movement of each score.
                  previous={scored.filter((r) => items.indexOf(r) < items.indexOf(round)).at(-1)}
                  scheme={scheme}
                  caseId={id}
                  working={working}
                  latest={round === scored.at(-1)}
                />
              ))}
            </Stack>
          </>
        )
      )}
      {starting && rounds.data && (
        <StartRoundDialog file={file} rounds={rounds.data.items} onClose={() => setStarting(false)} />
      )}
    </Section>
  );
}
