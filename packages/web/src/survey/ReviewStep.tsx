import { Alert, Anchor, List, Stack, Text, Title } from '@mantine/core';
import { codesOf, currentInstrument, isAsked, itemValues, unansweredQuestions } from '@reintegra/domain';
import { type ReactNode, type Ref, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from './draft.ts';
import { InstrumentText, useInstrumentText, useScoreFormat } from './words.tsx';

/**
 * The last step: what is still unanswered (a round is scored only when every
 * question asked has an answer, seed-002 L6646), every answer given with a
 * way back to it, and Q21 as worked out from Q13, 15, 17, 18 and 19 (L6682).
 */
export function ReviewStep({
  draft,
  headingRef,
  onGoTo,
  completeButton,
}: {
  draft: Draft;
  headingRef: Ref<HTMLHeadingElement>;
  onGoTo: (questionId: string) => void;
  completeButton: ReactNode;
}) {
  const { t } = useTranslation();
  const text = useInstrumentText();
  const format = useScoreFormat();
  const unanswered = unansweredQuestions(currentInstrument, draft.answers);
  const values = useMemo(() => itemValues(currentInstrument, draft.answers), [draft.answers]);
  const number = (id: string) => currentInstrument.questions.find((q) => q.id === id)?.number ?? id;

  return (
    <Stack gap="md">
      <Title order={2} size="h3" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
        {t('survey.review')}
      </Title>
      {unanswered.length > 0 ? (
        <Alert color="orange" c="orange.9" variant="light">
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('survey.unanswered', { number: unanswered.length })}
            </Text>
            <Text size="sm">{t('survey.unansweredHelp')}</Text>
            <List size="sm" spacing={4}>
              {unanswered.map((q) => (
                <List.Item key={q.id}>
                  <Anchor component="button" type="button" size="sm" onClick={() => onGoTo(q.id)}>
                    {t('survey.goTo', { number: q.number })}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Stack>
        </Alert>
      ) : (
        <Text>{t('survey.allAnswered')}</Text>
      )}
      {completeButton}

      <Title order={3} size="h4">
        {t('survey.answersTitle')}
      </Title>
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {currentInstrument.questions.map((q) => {
          const codes = codesOf(draft.answers[q.id]);
          const chosen = q.options.filter((o) => codes.includes(o.code));
          let answer: ReactNode;
          if (q.meanOf) {
            const value = values.get(q.id);
            const sources = q.meanOf.map(number).join(', ');
            answer =
              value === undefined
                ? t('survey.derivedNone', { questions: sources })
                : t('survey.derived', { questions: sources, value: format.score(value) });
          } else if (!isAsked(q, draft.answers)) {
            answer = t('survey.notAsked', { number: q.askedWhen ? number(q.askedWhen.question) : '' });
          } else if (chosen.length === 0) {
            answer = (
              <Text span c="red.9" fw={600} size="sm">
                {t('survey.notAnswered')}
              </Text>
            );
          } else {
            const labels = chosen.map((o) => text(o.label));
            const lang = labels[0]?.lang;
            answer = (
              <span lang={lang} dir={labels[0]?.dir}>
                {labels.map((l) => l.text).join(', ')}
              </span>
            );
          }
          return (
            <li key={q.id}>
              <Text size="sm" fw={600}>
                {t('survey.questionNumber', { number: q.number })}
                {' · '}
                <InstrumentText texts={q.text} size="sm" fw={400} />
              </Text>
              <Text size="sm">{answer}</Text>
              {draft.explanations[q.id]?.trim() && codes.length > 0 && (
                <Text size="sm" c="dimmed" dir="auto">
                  {t('survey.explain')}: {draft.explanations[q.id]}
                </Text>
              )}
              {!q.meanOf && isAsked(q, draft.answers) && (
                <Anchor component="button" type="button" size="sm" onClick={() => onGoTo(q.id)}>
                  {t(chosen.length ? 'survey.changeAnswer' : 'survey.answerNow', { number: q.number })}
                </Anchor>
              )}
            </li>
          );
        })}
      </Stack>
    </Stack>
  );
}
