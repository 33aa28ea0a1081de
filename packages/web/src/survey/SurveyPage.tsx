import {
  Alert,
  Anchor,
  Button,
  Center,
  Grid,
  Group,
  Loader,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  askedQuestions,
  currentInstrument,
  type ThresholdScheme,
  unansweredQuestions,
} from '@reintegra/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, api } from '../api/client.ts';
import type { RssRound, RssRounds, RssScoresView } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { CaseStaffNames, StaffName, staffNamesOf } from '../cases/page/StaffName.tsx';
import { caseKey, useCaseFile } from '../cases/queries.ts';
import { useDescribeError } from '../ui/errors.tsx';
import { Ltr } from '../ui/Ltr.tsx';
import { ReasonDialog } from '../ui/ReasonDialog.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { type Draft, draftOf, payloadOf, questionsInPlay } from './draft.ts';
import { QuestionStep } from './QuestionStep.tsx';
import { rssRoundsKey, useRssRounds } from './queries.ts';
import { ReviewStep } from './ReviewStep.tsx';
import { ScoreCards } from './ScoreCards.tsx';
import { ScorePreview } from './ScorePreview.tsx';
import { fullScheme, InterviewerOnCaseWarning, RoundStatusBadge } from './words.tsx';

const surveyCodes = ['round_closed', 'survey_incomplete', 'not_saved'] as const;

/** Refused before anything is sent: the answers could not be saved first. */
const notSaved = () => new ApiError(0, 'not_saved', 'The answers could not be saved');

/** A failure in words; the survey's own refusals have theirs. */
function useSurveyError() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (error: unknown) => {
    if (error instanceof ApiError) {
      const code = surveyCodes.find((c) => c === error.code);
      if (code) return t(`survey.errors.${code}`);
    }
    return describe(error);
  };
}

const review = 'review';

/** Where to pick up: the first question asked and not answered, else the review. */
function firstStep(draft: Draft): string {
  return unansweredQuestions(currentInstrument, draft.answers)[0]?.id ?? review;
}

/**
 * Saves the answers as the interviewer goes, so that a lost tab or a dropped
 * line loses little: a second after the last change, and at once on every
 * step. Saves run one after another with the version the last one returned;
 * a stale version (another device saved) loads what the server holds.
 */
function useAutosave(caseId: string, round: RssRound, onStale: (server: RssRound) => void) {
  const queryClient = useQueryClient();
  const [draft, setDraftState] = useState(() => draftOf(round));
  const draftRef = useRef(draft);
  const version = useRef(round.version);
  const sentKey = useRef(JSON.stringify(payloadOf(currentInstrument, draftOf(round))));
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [savedKey, setSavedKey] = useState(sentKey.current);

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));
  /** As the server holds it (after a stale save): nothing to send. */
  const replaceDraft = useCallback((next: Draft) => {
    draftRef.current = next;
    setDraftState(next);
  }, []);
  /** The interviewer's change: saved a second after they stop typing or clicking. */
  const setDraft = useCallback(
    (next: Draft) => {
      replaceDraft(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveRef.current(), 1000);
    },
    [replaceDraft],
  );

  const save = useCallback((): Promise<boolean> => {
    const run = chain.current.then(async () => {
      const payload = payloadOf(currentInstrument, draftRef.current);
      const key = JSON.stringify(payload);
      if (key === sentKey.current) return true;
      setSaving(true);
      try {
        const answer = await api.put<RssRounds>(`/cases/${caseId}/rss-rounds/${round.id}/answers`, {
          version: version.current,
          ...payload,
        });
        const saved = answer.items.find((r) => r.id === round.id);
        if (saved) version.current = saved.version;
        sentKey.current = key;
        setSavedKey(key);
        setFailure(null);
        queryClient.setQueryData(rssRoundsKey(caseId), answer);
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'stale_version') {
          const fresh = await queryClient.fetchQuery({
            queryKey: rssRoundsKey(caseId),
            queryFn: () => api.get<RssRounds>(`/cases/${caseId}/rss-rounds`),
          });
          const server = fresh.items.find((r) => r.id === round.id);
          if (server) {
            const loaded = draftOf(server);
            version.current = server.version;
            sentKey.current = JSON.stringify(payloadOf(currentInstrument, loaded));
            setSavedKey(sentKey.current);
            replaceDraft(loaded);
            onStale(server);
          }
          setFailure(null);
        } else {
          setFailure(error);
          // A closed round is shown as such: the page follows the server.
          if (error instanceof ApiError && error.code === 'round_closed') {
            void queryClient.invalidateQueries({ queryKey: rssRoundsKey(caseId) });
          }
        }
        return false;
      } finally {
        setSaving(false);
      }
    });
    chain.current = run.catch(() => false);
    return run;
  }, [caseId, round.id, queryClient, replaceDraft, onStale]);
  saveRef.current = save;

  // Leaving the page (back to the case, another link) sends what is still waiting.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      void saveRef.current();
    },
    [],
  );

  const dirty = JSON.stringify(payloadOf(currentInstrument, draft)) !== savedKey;
  return { draft, setDraft, save, version, saving: saving || (dirty && !failure), failure };
}

function SaveState({ saving, failure, onRetry }: { saving: boolean; failure: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const describe = useSurveyError();
  return (
    <div aria-live="polite">
      {failure ? (
        <Alert color="red" variant="light">
          <Stack gap={4} align="flex-start">
            <Text size="sm">{t('survey.saveFailed', { error: describe(failure) })}</Text>
            <Button size="xs" variant="default" onClick={onRetry}>
              {t('survey.saveNow')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {saving ? t('survey.saving') : t('survey.saved')}
        </Text>
      )}
    </div>
  );
}

/** Goes through the questions asked, one per step, then the review and the completion. */
function SurveyRunner({
  caseId,
  round,
  scheme,
}: {
  caseId: string;
  round: RssRound;
  scheme: ThresholdScheme;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const describe = useSurveyError();
  const [reloaded, setReloaded] = useState(false);
  const onStale = useCallback(() => setReloaded(true), []);
  const { draft, setDraft, save, version, saving, failure } = useAutosave(caseId, round, onStale);
  const [step, setStep] = useState(() => firstStep(draft));
  const [stopping, setStopping] = useState(false);
  const moved = useRef(false);
  // Each step is announced from its heading (and seen from its top on a phone) once the interviewer moves.
  const heading = useCallback((element: HTMLHeadingElement | null) => {
    if (element && moved.current) element.focus();
  }, []);

  const asked = askedQuestions(currentInstrument, draft.answers);
  const inPlay = questionsInPlay(currentInstrument, draft.answers);
  const question = asked.find((q) => q.id === step);
  const at = question ? asked.indexOf(question) : asked.length;

  const go = (next: string) => {
    moved.current = true;
    setStep(next);
    void save();
  };
  const next = () => go(asked[at + 1]?.id ?? review);
  const back = () => {
    const previous = asked[at - 1];
    if (previous) go(previous.id);
  };

  const complete = useMutation({
    mutationFn: async () => {
      if (!(await save())) throw notSaved();
      return api.post<RssRounds>(`/cases/${caseId}/rss-rounds/${round.id}/complete`, {
        version: version.current,
      });
    },
    onSuccess: (answer) => {
      queryClient.setQueryData(rssRoundsKey(caseId), answer);
      // The due survey task is done, and a weak dimension has started a support task.
      void queryClient.invalidateQueries({ queryKey: caseKey(caseId) });
      notifications.show({ color: 'teal', message: t('survey.completed') });
      window.scrollTo({ top: 0 });
    },
  });
  const interrupt = useMutation({
    mutationFn: async (reason: string) => {
      if (!(await save())) throw notSaved();
      return api.post<RssRounds>(`/cases/${caseId}/rss-rounds/${round.id}/interrupt`, {
        version: version.current,
        reason,
      });
    },
    onSuccess: (answer) => {
      queryClient.setQueryData(rssRoundsKey(caseId), answer);
      void queryClient.invalidateQueries({ queryKey: caseKey(caseId) });
      notifications.show({ color: 'teal', message: t('survey.stopped') });
      navigate(`/cases/${caseId}#survey-heading`);
    },
  });

  const unanswered = unansweredQuestions(currentInstrument, draft.answers);
  const position = question ? inPlay.indexOf(question) + 1 : inPlay.length;
  const progress = (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {question
          ? t('survey.progress', { position, total: inPlay.length })
          : t('survey.progressReview', { total: asked.length - unanswered.length, of: asked.length })}
      </Text>
      {/* The sentence above says it in words; the bar is for the eye. */}
      <Progress value={(position / Math.max(inPlay.length, 1)) * 100} size="sm" aria-hidden="true" />
    </Stack>
  );

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="md">
          {progress}
          {reloaded && (
            <Alert color="orange" c="orange.9" variant="light" withCloseButton={false}>
              {t('survey.reloaded')}
            </Alert>
          )}
          {question ? (
            <QuestionStep
              key={question.id}
              question={question}
              draft={draft}
              onChange={setDraft}
              headingRef={heading}
            />
          ) : (
            <ReviewStep
              draft={draft}
              headingRef={heading}
              onGoTo={go}
              completeButton={
                <Stack gap="xs" align="flex-start">
                  {complete.error ? (
                    <Alert color="red" variant="light" role="alert">
                      {describe(complete.error)}
                    </Alert>
                  ) : null}
                  <Button
                    onClick={() => complete.mutate()}
                    loading={complete.isPending}
                    disabled={unanswered.length > 0 || interrupt.isPending}
                  >
                    {t('survey.complete')}
                  </Button>
                </Stack>
              }
            />
          )}
          <Group justify="space-between" gap="xs">
            <Button variant="default" onClick={back} disabled={at === 0}>
              {t('survey.back')}
            </Button>
            {question && (
              <Group gap="xs">
                {step !== review && at < asked.length - 1 && (
                  <Button variant="subtle" onClick={() => go(review)}>
                    {t('survey.toReview')}
                  </Button>
                )}
                <Button onClick={next}>{t('survey.next')}</Button>
              </Group>
            )}
          </Group>
          <SaveState saving={saving} failure={failure} onRetry={() => void save()} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="md">
          <ScorePreview answers={draft.answers} scheme={scheme} />
          <Button variant="outline" color="red" onClick={() => setStopping(true)}>
            {t('survey.stop')}
          </Button>
        </Stack>
      </Grid.Col>
      {stopping && (
        <ReasonDialog
          title={t('survey.stopTitle')}
          message={t('survey.stopMessage')}
          confirmLabel={t('survey.stopConfirm')}
          busy={interrupt.isPending}
          error={interrupt.error}
          onConfirm={(reason) => interrupt.mutate(reason)}
          onClose={() => setStopping(false)}
        />
      )}
    </Grid>
  );
}

/** A round no longer in progress: how it ended, and the scores of a completed one. */
function RoundOutcome({
  caseId,
  round,
  previous,
  scheme,
}: {
  caseId: string;
  round: RssRound;
  previous: (RssRound & { scores: RssScoresView }) | undefined;
  scheme: ThresholdScheme;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving here from the last step: the result is announced.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Title order={2} size="h3" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
          {t('survey.outcome')}
        </Title>
        <RoundStatusBadge status={round.status} />
      </Group>
      {round.status === 'completed' && round.scores && (
        <ScoreCards
          scores={round.scores}
          scheme={scheme}
          previous={previous && { kind: previous.kind, scores: previous.scores }}
          label={t('survey.scoresOf', { round: t(`survey.kinds.${round.kind}`) })}
        />
      )}
      {round.status === 'interrupted' && (
        <Text dir="auto">{t('survey.interruptedReason', { reason: round.interruptedReason ?? '' })}</Text>
      )}
      {round.status === 'no_consent' && <Text>{t('survey.noConsent')}</Text>}
      {round.status === 'in_progress' && <Text>{t('survey.inProgressNoScore')}</Text>}
      <div>
        <Button component={Link} to={`/cases/${caseId}#survey-heading`}>
          {t('survey.backToCase')}
        </Button>
      </div>
    </Stack>
  );
}

/**
 * A survey round on a page of its own (`/cases/:id/survey/:roundId`): the
 * runner while it is in progress, its outcome once it is not.
 */
export function SurveyPage() {
  const { t } = useTranslation();
  const { id = '', roundId = '' } = useParams();
  const { can } = useSession();
  const file = useCaseFile(id);
  const rounds = useRssRounds(id);
  usePageTitle(
    file.data ? t('survey.pageTitle', { reference: file.data.summary.reference }) : t('survey.title'),
  );
  const round = rounds.data?.items.find((r) => r.id === roundId);
  const scheme = rounds.data ? fullScheme(rounds.data.thresholdScheme) : null;
  const items = rounds.data?.items ?? [];
  const previous = round
    ? items
        .slice(0, items.indexOf(round))
        .filter((r): r is RssRound & { scores: RssScoresView } => r.status === 'completed' && !!r.scores)
        .at(-1)
    : undefined;

  const back = (
    <Anchor component={Link} to={`/cases/${id}#survey-heading`} size="sm">
      {t('survey.backToCase')}
    </Anchor>
  );
  return (
    <CaseStaffNames.Provider value={file.data ? staffNamesOf(file.data) : new Map()}>
      <Stack gap="md">
        <Stack gap={4}>
          {back}
          <Title order={1}>
            {round ? t('survey.heading', { kind: t(`survey.kindTopics.${round.kind}`) }) : t('survey.title')}
          </Title>
          {file.data && (
            <Text>
              <Text span fw={600} dir="auto">
                {file.data.summary.person.name}
              </Text>{' '}
              · <Ltr>{file.data.summary.reference}</Ltr>
            </Text>
          )}
          {round && (
            <Text size="sm">
              {t(`survey.locations.${round.location}`)} · {t(`survey.consentMethods.${round.consentMethod}`)}{' '}
              · {t('survey.interviewer')}: <StaffName id={round.interviewerId} />
            </Text>
          )}
        </Stack>
        {round?.interviewerOnCase && round.status === 'in_progress' && <InterviewerOnCaseWarning />}
        {rounds.isPending ? (
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        ) : rounds.error ? (
          <ErrorText error={rounds.error} />
        ) : !round || !scheme ? (
          <Text>{t('survey.notFound')}</Text>
        ) : round.status === 'in_progress' && can('cases.write') ? (
          <SurveyRunner key={round.id} caseId={id} round={round} scheme={scheme} />
        ) : (
          <RoundOutcome caseId={id} round={round} previous={previous} scheme={scheme} />
        )}
      </Stack>
    </CaseStaffNames.Provider>
  );
}

function ErrorText({ error }: { error: unknown }) {
  const describe = useSurveyError();
  return (
    <Alert color="red" variant="light" role="alert">
      {describe(error)}
    </Alert>
  );
}
