import { Badge, Box, Checkbox, Group, List, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { codesOf, type RssQuestion } from '@reintegra/domain';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { type Draft, followUpApplies, needsExplanation, toggled } from './draft.ts';
import { InstrumentText, promptingText, useInstrumentText } from './words.tsx';

/** Guidance and definition for staff: not read out, so folded away until wanted. */
function ForStaff({ question }: { question: RssQuestion }) {
  const { t } = useTranslation();
  if (!question.guidance && !question.definition) return null;
  return (
    <Box component="details" style={{ cursor: 'default' }}>
      <Text component="summary" size="sm" fw={600} style={{ cursor: 'pointer' }}>
        {t('survey.forStaff')}
      </Text>
      <Stack gap="xs" mt="xs">
        {question.guidance && (
          <div>
            <Text size="sm" c="dimmed">
              {t('survey.guidance')}
            </Text>
            <InstrumentText texts={question.guidance} component="p" size="sm" m={0} />
          </div>
        )}
        {question.definition && (
          <div>
            <Text size="sm" c="dimmed">
              {t('survey.definition')}
            </Text>
            <InstrumentText texts={question.definition} component="p" size="sm" m={0} />
          </div>
        )}
      </Stack>
    </Box>
  );
}

/**
 * One question as the form sets it out (seed-002 Annex 4.B): its number, what
 * the interviewer reads out (with Q28's items), how the options are offered,
 * select one or all, the options, "please explain" where an answer asks for
 * it, Q19's follow-up, and the notes column, which never counts for the score.
 */
export function QuestionStep({
  question,
  draft,
  onChange,
  headingRef,
}: {
  question: RssQuestion;
  draft: Draft;
  onChange: (next: Draft) => void;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  const text = useInstrumentText();
  const id = question.id;
  const codes = codesOf(draft.answers[id]);
  const setAnswer = (answer: string | string[]) => {
    const answers = { ...draft.answers };
    if (answer.length === 0) delete answers[id];
    else answers[id] = answer;
    onChange({ ...draft, answers });
  };
  const option = (o: RssQuestion['options'][number]) => {
    const label = text(o.label);
    return {
      key: o.code,
      value: o.code,
      label: (
        <span lang={label.lang} dir={label.dir}>
          {label.text}
        </span>
      ),
    };
  };
  const spoken = text(question.text);

  return (
    <Stack gap="md">
      <Group gap="xs" align="center">
        <Title order={2} size="h3" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
          {t('survey.questionNumber', { number: question.number })}
        </Title>
        <Badge color="gray" c="gray.9" variant="light" tt="none">
          {t(`survey.dimensions.${question.dimension}`)}
        </Badge>
      </Group>

      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('survey.readOut')}
        </Text>
        <Text fz="lg" fw={600} lang={spoken.lang} dir={spoken.dir}>
          {spoken.text}
        </Text>
        {question.items && (
          <List size="md" spacing={2} withPadding>
            {question.items.map((item) => (
              <List.Item key={item.en}>
                <InstrumentText texts={item} />
              </List.Item>
            ))}
          </List>
        )}
      </Stack>

      {question.select === 'one' ? (
        <Radio.Group
          label={t('survey.selectOne')}
          description={promptingText(t, question)}
          value={typeof draft.answers[id] === 'string' ? (draft.answers[id] as string) : ''}
          onChange={(value) => setAnswer(value)}
        >
          <Stack gap="sm" mt="xs">
            {question.options.map((o) => {
              const { key, ...props } = option(o);
              return <Radio key={key} {...props} />;
            })}
          </Stack>
        </Radio.Group>
      ) : (
        <Checkbox.Group
          label={t('survey.selectAll')}
          description={promptingText(t, question)}
          value={[...codes]}
          onChange={(after) => setAnswer(toggled(question, codes, after))}
        >
          <Stack gap="sm" mt="xs">
            {question.options.map((o) => {
              const { key, ...props } = option(o);
              return <Checkbox key={key} {...props} />;
            })}
          </Stack>
        </Checkbox.Group>
      )}

      {needsExplanation(question, codes) && (
        <Textarea
          label={t('survey.explain')}
          value={draft.explanations[id] ?? ''}
          onChange={(e) =>
            onChange({ ...draft, explanations: { ...draft.explanations, [id]: e.currentTarget.value } })
          }
          maxLength={2000}
          autosize
          minRows={2}
          dir="auto"
        />
      )}

      {question.followUp && followUpApplies(question, codes) && (
        <Checkbox.Group
          label={<InstrumentText texts={question.followUp.prompt} />}
          description={t('survey.followUpHelp')}
          value={draft.followUps[id] ?? []}
          onChange={(value) => onChange({ ...draft, followUps: { ...draft.followUps, [id]: value } })}
        >
          <Stack gap="xs" mt="xs">
            {question.followUp.options.map((o) => {
              const label = text(o.label);
              return (
                <Checkbox
                  key={o.code}
                  value={o.code}
                  label={
                    <span lang={label.lang} dir={label.dir}>
                      {label.text}
                    </span>
                  }
                />
              );
            })}
          </Stack>
        </Checkbox.Group>
      )}

      <Textarea
        label={t('survey.notes')}
        description={
          question.note ? (
            <>
              <InstrumentText texts={question.note} size="xs" /> {t('survey.notesHelp')}
            </>
          ) : (
            t('survey.notesHelp')
          )
        }
        value={draft.notes[id] ?? ''}
        onChange={(e) => onChange({ ...draft, notes: { ...draft.notes, [id]: e.currentTarget.value } })}
        maxLength={2000}
        autosize
        minRows={1}
        dir="auto"
      />

      <ForStaff question={question} />
    </Stack>
  );
}
