import { isoDay, taskKinds, taskStatuses } from '@reintegra/domain';
import { z } from 'zod';
import type { Clock } from '../platform/clock.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, booleanQuery, idParams, listOf, page } from '../platform/http.ts';
import { caseFileAnswer, caseRead, caseWrite } from './routing.ts';
import { addTask, changeTask, openTasks } from './tasks.ts';
import { caseFileView, taskView, toTaskView } from './views.ts';

/** Tasks on a case, and each user’s list of open tasks. */
export function taskRoutes(app: Api, deps: { clock: Clock }): void {
  const caseFileOf = caseFileAnswer(deps.clock);
  app.post(
    '/api/v1/cases/:id/tasks',
    {
      schema: {
        tags: ['cases'],
        summary: 'Add a task with a due day',
        description: 'Without an assignee the task is the whole team’s.',
        params: idParams,
        body: z.strictObject({
          kind: z.enum(taskKinds),
          title: z.string().trim().max(500).default(''),
          dueOn: z.iso.date(),
          assigneeId: z.uuid().optional(),
        }),
        response: { 201: caseFileView },
      },
      config: { access: caseWrite, audit: { action: 'case.task_add', recordType: 'case' } },
    },
    async (req, reply) => {
      req.auditRecord = { details: { kind: req.body.kind, dueOn: req.body.dueOn } };
      await addTask(req.db, actorOf(req), req.params.id, req.body, deps.clock.now());
      reply.code(201);
      return caseFileOf(req, req.params.id);
    },
  );

  app.patch(
    '/api/v1/cases/:id/tasks/:taskId',
    {
      schema: {
        tags: ['cases'],
        summary: 'Mark a task done or cancelled, move its day, or give it to someone',
        description:
          'Send the task’s `version`; a stale one gets 409. A follow-up marked done starts the next one while the case is in follow-up.',
        params: z.strictObject({ id: z.uuid(), taskId: z.uuid() }),
        body: z.strictObject({
          version: z.int().min(1),
          status: z.enum(taskStatuses).optional(),
          dueOn: z.iso.date().optional(),
          assigneeId: z.uuid().nullable().optional(),
        }),
        response: { 200: caseFileView },
      },
      config: { access: caseWrite, audit: { action: 'case.task_change', recordType: 'case' } },
    },
    async (req) => {
      const { version, ...changes } = req.body;
      req.auditRecord = { details: { taskId: req.params.taskId, ...changes } };
      await changeTask(req.db, actorOf(req), req.params.id, req.params.taskId, req.body, deps.clock.now());
      return caseFileOf(req, req.params.id);
    },
  );

  app.get(
    '/api/v1/tasks',
    {
      schema: {
        tags: ['cases'],
        summary: 'Open tasks on the cases you work on, soonest due first',
        description:
          '`mine=true` (the default) keeps the tasks given to you and the team tasks of cases you are assigned to.',
        querystring: z.strictObject({
          mine: booleanQuery.default(true),
          overdue: booleanQuery.optional(),
          ...page,
        }),
        response: {
          200: listOf(
            taskView.extend({
              case: z.object({ id: z.uuid(), reference: z.string(), name: z.string() }),
            }),
          ),
        },
      },
      config: { access: caseRead, audit: { action: 'task.list', recordType: 'case' } },
    },
    async (req) => {
      const now = deps.clock.now();
      const { rows, total } = await openTasks(
        req.db,
        actorOf(req),
        { ...req.query, overdue: req.query.overdue ?? false },
        now,
      );
      return {
        items: rows.map((r) => ({
          ...toTaskView(r.task, isoDay(now)),
          case: { id: r.task.caseId, reference: r.reference, name: r.name },
        })),
        total,
      };
    },
  );
}
