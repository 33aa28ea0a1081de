import { Alert, Button, Group, Loader, Radio, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  type WellbeingAnswers,
  type WellbeingQuestion,
  wellbeingQuestionIds,
  wellbeingQuestions,
} from '@reintegra/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { useMe } from '../auth/session.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { useAnswerSurvey, useWellbeingSurvey } from './queries.ts';
import { WellbeingSummaryPanel } from './WellbeingSummaryPanel.tsx';

type Draft = Partial<WellbeingAnswers>;

/**
 * The yearly staff wellbeing survey (seed-000 Recommendation 7; C4). Anyone on
 * staff answers once a year; what is kept, and what is not, is said before the
 * first question. Those who read indicators see the results below, as counts.
 */
export function WellbeingPage() {
  const { t } = useTranslation();
  usePageTitle(t('wellbeing.nav'));
  const me = useMe();
  const survey = useWellbeingSurvey();
  return (
    <Stack>
      <Stack gap={4}>
        <Title order={1}>{t('wellbeing.nav')}</Title>
        <Text>{t('wellbeing.intro')}</Text>
      </Stack>
      <Alert color="blue" variant="light" title={t('wellbeing.anonymityTitle')}>
        <Stack gap="xs">
          <Text size="sm">{t('wellbeing.anonymity')}</Text>
          <Text size="sm">{t('wellbeing.anonymityLimit')}</Text>
        </Stack>
      </Alert>
      {survey.isPending && <Loader aria-label={t('common.loading')} />}
      <ErrorNotice error={survey.error} />
      {survey.data &&
        (survey.data.answered ? (
          <Alert color="teal" variant="light" title={t('wellbeing.answeredTitle')}>
            {t('wellbeing.answered', { year: survey.data.surveyYear })}
          </Alert>
        ) : (
          <SurveyForm year={survey.data.surveyYear} />
        ))}
      {me.permissions.includes('indicators.read') && <WellbeingSummaryPanel />}
    </Stack>
  );
}

function SurveyForm({ year }: { year: number }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>({});
  const [checked, setChecked] = useState(false);
  const answer = useAnswerSurvey();
  const unanswered = wellbeingQuestionIds.filter((q) => draft[q] === undefined);
  const problem =
    answer.error instanceof ApiError && answer.error.code === 'already_answered'
      ? t('wellbeing.alreadyAnswered')
      : answer.error instanceof ApiError && answer.error.fields[0]?.code === 'place_required'
        ? t('wellbeing.placeRequired')
        : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (unanswered.length > 0) return;
    answer.mutate(draft as WellbeingAnswers, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('wellbeing.sent') }),
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="wellbeing-form">
      <Stack>
        <Title order={2} size="h3" id="wellbeing-form">
          {t('wellbeing.formTitle', { year })}
        </Title>
        {wellbeingQuestionIds.map((question: WellbeingQuestion) => (
          <Radio.Group
            key={question}
            label={t(`wellbeing.questions.${question}`)}
            value={draft[question] ?? ''}
            onChange={(v) => setDraft({ ...draft, [question]: v })}
            error={checked && draft[question] === undefined ? t('wellbeing.required') : undefined}
            withAsterisk
          >
            <Stack gap="xs" mt="xs">
              {wellbeingQuestions[question].map((option) => (
                <Radio key={option} value={option} label={t(`wellbeing.answers.${option}`)} />
              ))}
            </Stack>
          </Radio.Group>
        ))}
        {problem ? (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        ) : (
          <ErrorNotice error={answer.error} />
        )}
        <Group>
          <Button type="submit" loading={answer.isPending}>
            {t('wellbeing.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
