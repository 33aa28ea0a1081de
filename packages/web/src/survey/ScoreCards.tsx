import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { RssBand, RssRoundKind, ThresholdScheme } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import { BandBadge, bandAdvice, type ScoreKey, scoreKeys, useScoreFormat } from './words.tsx';

export interface ScoreFigures {
  economic: number | null;
  social: number | null;
  psychosocial: number | null;
  composite: number | null;
  dontKnowCount: number;
  lowReliability: boolean;
  bands: Record<ScoreKey, RssBand | null>;
  provisional: boolean;
}

/**
 * The four scores of a round, each with its band and what the band suggests,
 * how it moved since the previous completed round, the don't-know count
 * beside them and the reliability warning (more than seven, seed-002 L1155).
 */
export function ScoreCards({
  scores,
  scheme,
  previous,
  label,
}: {
  scores: ScoreFigures;
  scheme: ThresholdScheme;
  /** The completed round before this one, to say how each score moved. */
  previous?: { kind: RssRoundKind; scores: Pick<ScoreFigures, ScoreKey> } | undefined;
  /** Names the list for screen readers ("Scores of the baseline round"). */
  label: string;
}) {
  const { t } = useTranslation();
  const format = useScoreFormat();
  return (
    <Stack gap="xs">
      <SimpleGrid
        component="ul"
        aria-label={label}
        cols={{ base: 1, xs: 2, lg: 4 }}
        spacing="xs"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
      >
        {scoreKeys.map((key) => {
          const value = scores[key];
          const band = scores.bands[key];
          const before = previous?.scores[key];
          const change =
            value !== null && before !== undefined && before !== null ? format.change(value, before) : null;
          return (
            <Paper component="li" key={key} withBorder p="xs">
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t(`survey.dimensions.${key}`)}
                </Text>
                <Group gap="xs" wrap="wrap">
                  <Text fz={28} fw={700} lh={1.1}>
                    {format.score(value)}
                  </Text>
                  {scores.provisional && value !== null && (
                    <Badge color="gray" c="gray.9" variant="light" tt="none">
                      {t('survey.provisional')}
                    </Badge>
                  )}
                </Group>
                {band ? (
                  <>
                    <div>
                      <BandBadge band={band} />
                    </div>
                    <Text size="sm">{bandAdvice(t, band, scheme, format.score)}</Text>
                  </>
                ) : (
                  <Text size="sm">{t('survey.noScore')}</Text>
                )}
                {change && previous && (
                  <Text size="sm" fw={600}>
                    {change.cents === 0
                      ? t('survey.noChange', { kind: t(`survey.kindTopics.${previous.kind}`) })
                      : t('survey.change', {
                          change: change.text,
                          kind: t(`survey.kindTopics.${previous.kind}`),
                        })}
                  </Text>
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      <Text size="sm">{t('survey.dontKnowCount', { number: scores.dontKnowCount })}</Text>
      {scores.lowReliability && (
        <Alert color="orange" c="orange.9" variant="light">
          {t('survey.lowReliability', { number: scores.dontKnowCount })}
        </Alert>
      )}
      {scores.provisional && (
        <Text size="xs" c="dimmed">
          {t('survey.provisionalHelp')}
        </Text>
      )}
    </Stack>
  );
}
