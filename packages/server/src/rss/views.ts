import {
  interviewLocations,
  promptings,
  type RssBands,
  rssBands,
  rssRoundKinds,
  rssRoundStatuses,
  type ThresholdScheme,
  type WeightSet,
} from '@reintegra/domain';
import { z } from 'zod';
import type { rssRounds, rssScores } from './tables.ts';

const texts = z.record(z.string(), z.string()).describe('By language code; `en` always present');
const option = z.object({
  code: z.string(),
  label: texts,
  value: z.number().optional().describe('Score of this answer in [0,1]; absent when not scored'),
  kind: z.enum(['dont_know', 'declined', 'not_applicable']).optional(),
  explain: z.boolean().optional(),
  exclusive: z.boolean().optional(),
});
export const instrumentView = z
  .object({
    id: z.string(),
    version: z.int(),
    title: texts,
    source: z.string(),
    consentPrompt: texts,
    profile: z.array(z.object({ id: z.string(), label: texts, type: z.string() })),
    questions: z.array(
      z.object({
        id: z.string(),
        number: z.int(),
        dimension: z.enum(['economic', 'social', 'psychosocial']),
        text: texts,
        items: z.array(texts).optional(),
        guidance: texts.optional(),
        definition: texts.optional(),
        note: texts.optional(),
        select: z.enum(['one', 'all']),
        prompting: z.enum(promptings),
        askedWhen: z.object({ question: z.string(), anyOf: z.array(z.string()) }).optional(),
        options: z.array(option),
        followUp: z
          .object({
            when: z.array(z.string()),
            prompt: texts,
            options: z.array(z.object({ code: z.string(), label: texts })),
          })
          .optional(),
        meanOf: z.array(z.string()).optional(),
        weighsMore: z.boolean().optional(),
      }),
    ),
    departures: z.array(texts),
  })
  .meta({ id: 'RssInstrument' });

const band = z.enum(rssBands).nullable();
const bandsView = z.object({ economic: band, social: band, psychosocial: band, composite: band });
const score = z.number().nullable();

export const thresholdSchemeView = z
  .object({ id: z.string(), label: z.string(), source: z.string(), lower: z.number(), upper: z.number() })
  .meta({ id: 'ThresholdScheme' });

export const weightSetView = z
  .object({
    id: z.string(),
    version: z.int(),
    label: z.string(),
    source: z.string(),
    provisional: z.boolean(),
    country: z.string().nullable(),
    instrument: z.string(),
    dimensions: z.record(z.string(), z.record(z.string(), z.number())),
    composite: z.record(z.string(), z.number()),
  })
  .meta({ id: 'WeightSet' });

/** The calculator's answer (issue 4 scope 8). */
export const scoreView = z
  .object({
    economic: score,
    social: score,
    psychosocial: score,
    composite: score,
    dontKnowCount: z.int(),
    lowReliability: z.boolean().describe('More than 7 don’t-know or declined answers (seed-002 L1155)'),
    bands: bandsView,
    thresholdScheme: z.string(),
    instrumentVersion: z.int(),
    weightSet: z.string(),
    weightSetVersion: z.int(),
    provisional: z.boolean().describe('Made with weights that are not the official ones'),
  })
  .meta({ id: 'RssScore' });

export const roundView = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    kind: z.enum(rssRoundKinds),
    status: z.enum(rssRoundStatuses),
    instrument: z.string(),
    instrumentVersion: z.int(),
    interviewerId: z.uuid(),
    interviewerOnCase: z
      .boolean()
      .describe('The interviewer works on the case; the seed recommends someone else (seed-002 L6580)'),
    location: z.enum(interviewLocations),
    interviewedOn: z.iso.date(),
    consentGiven: z.boolean(),
    consentMethod: z.enum(['written', 'verbal']),
    profile: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    explanations: z.record(z.string(), z.string()),
    notes: z.record(z.string(), z.string()),
    followUps: z.record(z.string(), z.array(z.string())),
    interruptedReason: z.string().nullable(),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
    version: z.int(),
    scores: scoreView.nullable().describe('Made with the active global set'),
    countryScores: scoreView
      .nullable()
      .describe(
        "Made with the country of return's own set, when it has one (beside, never instead of, the global)",
      ),
  })
  .meta({ id: 'RssRound' });

type Round = typeof rssRounds.$inferSelect;
type ScoreRow = typeof rssScores.$inferSelect;

export function toScoreView(
  s: Pick<
    ScoreRow,
    'economic' | 'social' | 'psychosocial' | 'composite' | 'dontKnowCount' | 'lowReliability'
  > & {
    instrumentVersion: number;
  },
  set: WeightSet,
  bands: RssBands,
  scheme: ThresholdScheme,
): z.infer<typeof scoreView> {
  return {
    economic: s.economic,
    social: s.social,
    psychosocial: s.psychosocial,
    composite: s.composite,
    dontKnowCount: s.dontKnowCount,
    lowReliability: s.lowReliability,
    bands,
    thresholdScheme: scheme.id,
    instrumentVersion: s.instrumentVersion,
    weightSet: set.id,
    weightSetVersion: set.version,
    provisional: set.provisional,
  };
}

type Scored = { score: ScoreRow; set: WeightSet; bands: RssBands } | null;

export function toRoundView(
  round: Round,
  scored: Scored,
  countryScored: Scored,
  scheme: ThresholdScheme,
): z.infer<typeof roundView> {
  const { importId: _import, externalId: _external, ...rest } = round;
  return {
    ...rest,
    answers: round.answers as Record<string, string | string[]>,
    startedAt: round.startedAt.toISOString(),
    finishedAt: round.finishedAt?.toISOString() ?? null,
    scores: scored ? toScoreView(scored.score, scored.set, scored.bands, scheme) : null,
    countryScores: countryScored
      ? toScoreView(countryScored.score, countryScored.set, countryScored.bands, scheme)
      : null,
  };
}

const shownCount = z.int().nullable().describe('null: too few to show');
const summaryMeasure = z.object({
  count: shownCount,
  mean: z.number().nullable(),
  bands: z.object({ intensified: shownCount, standard: shownCount, hands_off: shownCount }),
});
export const summaryView = z
  .object({
    returnees: shownCount,
    dimensions: z.object({
      economic: summaryMeasure,
      social: summaryMeasure,
      psychosocial: summaryMeasure,
      composite: summaryMeasure,
    }),
    compositeAtLeastHalf: shownCount.describe(
      'Returnees with a composite score of 0.5 or more (seed-002 L3554)',
    ),
    weightSets: z.array(z.string()),
    smallestShownCount: z.int(),
    thresholdScheme: thresholdSchemeView,
  })
  .meta({ id: 'RssSummary' });
