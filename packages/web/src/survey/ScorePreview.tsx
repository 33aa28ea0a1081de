import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  bandsOf,
  currentInstrument,
  type RssAnswers,
  scoreAnswers,
  type ThresholdScheme,
} from '@reintegra/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveWeightSet } from './queries.ts';
import { BandBadge, scoreKeys, useScoreFormat } from './words.tsx';

/**
 * The scores the answers so far would give, worked out on this device with
 * the weights the server scores with now (the domain's scoring, the same code
 * the server runs). Only a preview: the scores that count are made by the
 * server when the round is completed.
 */
export function ScorePreview({ answers, scheme }: { answers: RssAnswers; scheme: ThresholdScheme }) {
  const { t } = useTranslation();
  const weights = useActiveWeightSet();
  const format = useScoreFormat();
  const scores = useMemo(() => scoreAnswers(currentInstrument, weights, answers), [weights, answers]);
  const bands = bandsOf(scores, scheme);
  return (
    <Paper component="section" aria-labelledby="score-preview-heading" withBorder p="sm">
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <Title order={2} size="h5" id="score-preview-heading">
            {t('survey.preview')}
          </Title>
          {weights.provisional && (
            <Badge color="gray" c="gray.9" variant="light" tt="none">
              {t('survey.provisional')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('survey.previewHelp')}
        </Text>
        <Stack component="dl" gap={6} m={0}>
          {scoreKeys.map((key) => {
            const band = bands[key];
            return (
              <Group key={key} justify="space-between" gap="xs" wrap="wrap">
                <Text component="dt" size="sm">
                  {t(`survey.dimensions.${key}`)}
                </Text>
                <Group component="dd" gap={6} m={0} wrap="wrap">
                  <Text span fw={700} size="sm">
                    {format.score(scores[key])}
                  </Text>
                  {band && <BandBadge band={band} />}
                </Group>
              </Group>
            );
          })}
        </Stack>
        <Text size="xs">{t('survey.dontKnowCount', { number: scores.dontKnowCount })}</Text>
      </Stack>
    </Paper>
  );
}
