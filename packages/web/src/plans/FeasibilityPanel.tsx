import {
  Accordion,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  type ApproachAssessment,
  assessApproaches,
  type CriterionAnswer,
  criterionAnswers,
  criterionLevels,
  type FeasibilityCriterion,
  feasibilityGrid,
} from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../ui/errors.tsx';
import { useFeasibility } from './queries.ts';

const dimensions = ['economic', 'social', 'psychosocial'] as const;
type Dimension = (typeof dimensions)[number];
type Answers = Record<string, CriterionAnswer>;

const criteria = new Map<string, FeasibilityCriterion>(
  feasibilityGrid.flatMap((a) => a.criteria.map((c) => [c.id, c] as const)),
);

/** The grid's texts are the Handbook's English: marked as such inside a French or Arabic page. */
function useGridLanguage() {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? {} : ({ lang: 'en', dir: 'ltr' } as const);
}

/** The criteria of one approach by level (individual, community, structural), each answered from a list. */
function ApproachCriteria({
  assessment,
  answers,
  onAnswer,
}: {
  assessment: ApproachAssessment;
  answers: Answers;
  onAnswer: (id: string, answer: CriterionAnswer | undefined) => void;
}) {
  const { t } = useTranslation();
  const english = useGridLanguage();
  const { approach } = assessment;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" {...english}>
        {approach.usefulFor.en}
      </Text>
      {criterionLevels.map((level) => {
        const own = approach.criteria.filter((c) => c.level === level);
        if (own.length === 0) return null;
        return (
          <Stack key={level} gap="xs">
            <Text size="sm" fw={700}>
              {t(`plans.feasibility.levels.${level}`)}
            </Text>
            {own.map((c) => (
              <NativeSelect
                key={c.id}
                label={<span {...english}>{c.text.en}</span>}
                value={answers[c.id] ?? ''}
                onChange={(e) =>
                  onAnswer(c.id, (e.currentTarget.value || undefined) as CriterionAnswer | undefined)
                }
                data={[
                  { value: '', label: t('plans.feasibility.notAnswered') },
                  ...criterionAnswers.map((a) => ({ value: a, label: t(`plans.feasibility.answers.${a}`) })),
                ]}
              />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}

function CriteriaList({ label, ids }: { label: string; ids: string[] }) {
  const english = useGridLanguage();
  if (ids.length === 0) return null;
  return (
    <>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <List size="sm" spacing={2}>
        {ids.map((id) => (
          <List.Item key={id}>
            <span {...english}>{criteria.get(id)?.text.en}</span>
          </List.Item>
        ))}
      </List>
    </>
  );
}

/**
 * What the grid says now: the approaches whose every criterion holds, and
 * for the others those answered "no" and those still open. Approaches not
 * looked at yet are only counted.
 */
function Suggestions({ assessed, answers }: { assessed: ApproachAssessment[]; answers: Answers }) {
  const { t } = useTranslation();
  const english = useGridLanguage();
  const suggested = assessed.filter((a) => a.suggested);
  const weighed = assessed.filter((a) => !a.suggested && a.approach.criteria.some((c) => answers[c.id]));
  const untouched = assessed.length - suggested.length - weighed.length;
  return (
    <Stack gap="xs" aria-live="polite">
      <Title order={3} size="h4">
        {t('plans.feasibility.suggestedTitle')}
      </Title>
      {suggested.length === 0 ? (
        <Text size="sm">{t('plans.feasibility.noneSuggested')}</Text>
      ) : (
        <List size="sm" spacing={2} aria-label={t('plans.feasibility.suggestedTitle')}>
          {suggested.map(({ approach }) => (
            <List.Item key={approach.id}>
              <span {...english}>{approach.approach.en}</span>
            </List.Item>
          ))}
        </List>
      )}
      {weighed.length > 0 && (
        <>
          <Title order={3} size="h4">
            {t('plans.feasibility.notSuggestedTitle')}
          </Title>
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {weighed.map(({ approach, unmet, open }) => (
              <Stack component="li" key={approach.id} gap={2}>
                <Text size="sm" fw={700} {...english}>
                  {approach.approach.en}
                </Text>
                <CriteriaList label={t('plans.feasibility.unmet')} ids={unmet} />
                <CriteriaList label={t('plans.feasibility.open')} ids={open} />
              </Stack>
            ))}
          </Stack>
        </>
      )}
      {untouched > 0 && <Text size="sm">{t('plans.feasibility.untouched', { number: untouched })}</Text>}
    </Stack>
  );
}

/**
 * The Handbook's feasibility grid (Annex 5) for this returnee and place of
 * return: the caseworker answers each criterion and sees which approaches
 * hold. It only suggests; nothing here changes the plan. The answers are kept
 * on the case when saved, so they can be taken up again with the returnee.
 */
export function FeasibilityPanel({ caseId, working }: { caseId: string; working: boolean }) {
  const { t } = useTranslation();
  const english = useGridLanguage();
  const [dimension, setDimension] = useState<Dimension>('economic');
  const kept = useFeasibility(caseId);
  const [edited, setEdited] = useState<Answers | null>(null);
  const answers: Answers = edited ?? kept.answers.data?.answers ?? {};
  // Grid order for the questions, so an item does not move while it is being answered.
  const approaches = feasibilityGrid.filter((a) => a.dimension === dimension);
  const assessed = assessApproaches(answers, [dimension]);
  const byId = new Map(assessed.map((a) => [a.approach.id, a]));

  function answer(id: string, value: CriterionAnswer | undefined) {
    const next = { ...answers };
    if (value) next[id] = value;
    else delete next[id];
    setEdited(next);
  }

  function save() {
    kept.save.mutate(answers, {
      onSuccess: () => {
        setEdited(null);
        notifications.show({ color: 'teal', message: t('plans.feasibility.saved') });
      },
    });
  }

  return (
    <Stack gap="md">
      <Text size="sm">{t('plans.feasibility.intro')}</Text>
      <Radio.Group
        label={t('plans.feasibility.dimension')}
        value={dimension}
        onChange={(v) => setDimension(v as Dimension)}
      >
        <Group mt={4}>
          {dimensions.map((d) => (
            <Radio key={d} value={d} label={t(`survey.dimensions.${d}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Accordion multiple variant="separated">
        {approaches.map((approach) => {
          const assessment = byId.get(approach.id);
          if (!assessment) return null;
          const answered = approach.criteria.filter((c) => answers[c.id]).length;
          return (
            <Accordion.Item key={approach.id} value={approach.id}>
              <Accordion.Control>
                {/* Inside a button: spans only. */}
                <Group component="span" gap="xs" justify="space-between" wrap="wrap">
                  <Text component="span" size="sm" fw={600} {...english}>
                    {approach.approach.en}
                  </Text>
                  {assessment.suggested ? (
                    <Badge color="teal" c="teal.9" variant="light" tt="none">
                      {t('plans.feasibility.suggested')}
                    </Badge>
                  ) : (
                    <Text component="span" size="xs" c="dimmed">
                      {t('plans.feasibility.answered', { answered, total: approach.criteria.length })}
                    </Text>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <ApproachCriteria assessment={assessment} answers={answers} onAnswer={answer} />
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      <Suggestions assessed={assessed} answers={answers} />
      {kept.save.error && <ErrorNotice error={kept.save.error} />}
      {working && (
        <Group>
          <Button onClick={save} loading={kept.save.isPending} disabled={edited === null}>
            {t('plans.feasibility.save')}
          </Button>
          {edited !== null && <Text size="sm">{t('plans.feasibility.unsaved')}</Text>}
        </Group>
      )}
    </Stack>
  );
}
