import { wellbeingQuestionIds, wellbeingQuestions } from '@reintegra/domain';
import { z } from 'zod';
import type { Clock } from '../platform/clock.ts';
import { actorOf } from '../platform/guard.ts';
import type { Api } from '../platform/http.ts';
import { wellbeingResponseInput, wellbeingSummaryQuery } from './schemas.ts';
import { answerSurvey, surveyFor, wellbeingSummary } from './wellbeing.ts';

// Any signed-in user may call them; the service turns away a referral partner's user.
const anyStaff = { permission: null } as const;

const figure = z
  .object({
    value: z.number().nullable(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    withheld: z.boolean().describe('Too few answers to show without pointing at someone'),
  })
  .meta({ id: 'Figure' });

const summaryView = z.object({
  respondents: figure,
  ableToManageStress: figure.describe('C4: agree or strongly agree, of those who did not decline'),
  byPlace: z.array(z.object({ missionId: z.uuid(), officeId: z.uuid().nullable(), figure })),
  questions: z.array(
    z.object({
      question: z.enum(wellbeingQuestionIds as [string, ...string[]]),
      answers: z.array(z.object({ answer: z.string(), count: z.int().nullable() })),
      total: z.int().nullable(),
    }),
  ),
});

/** The staff wellbeing survey: anyone on staff answers once a year; managers read counts only (C4, L933). */
export function wellbeingRoutes(app: Api, deps: { clock: Clock }): void {
  app.get(
    '/api/v1/wellbeing/survey',
    {
      schema: {
        tags: ['wellbeing'],
        summary: 'The questions of this year’s survey, and whether you have answered it',
        response: {
          200: z.object({
            surveyYear: z.int(),
            answered: z.boolean(),
            questions: z.array(z.object({ id: z.string(), answers: z.array(z.string()) })),
          }),
        },
      },
      config: { access: anyStaff, audit: { action: 'wellbeing.survey', recordType: 'wellbeing' } },
    },
    async (req) => ({
      ...(await surveyFor(req.db, actorOf(req), deps.clock.now())),
      questions: wellbeingQuestionIds.map((id) => ({ id, answers: [...wellbeingQuestions[id]] })),
    }),
  );

  app.post(
    '/api/v1/wellbeing/responses',
    {
      schema: {
        tags: ['wellbeing'],
        summary: 'Answer this year’s survey, once; the answer is kept without your name',
        description: 'A second answer in the same year gets 409 already_answered.',
        body: wellbeingResponseInput,
        response: { 201: z.object({ surveyYear: z.int() }) },
      },
      // The audit event says who answered, as the participation mark does; it names no answer.
      config: { access: anyStaff, audit: { action: 'wellbeing.answer', recordType: 'wellbeing' } },
    },
    async (req, reply) => {
      const answered = await answerSurvey(req.db, actorOf(req), req.body.answers, deps.clock.now());
      reply.code(201);
      return answered;
    },
  );

  app.get(
    '/api/v1/wellbeing/summary',
    {
      schema: {
        tags: ['wellbeing'],
        summary: 'What the answers in your scope add up to; figures on fewer than five answers withheld',
        querystring: wellbeingSummaryQuery,
        response: { 200: summaryView },
      },
      config: {
        access: { permission: 'indicators.read' },
        audit: { action: 'wellbeing.summary', recordType: 'wellbeing' },
      },
    },
    async (req) => wellbeingSummary(req.db, actorOf(req), req.query),
  );
}
