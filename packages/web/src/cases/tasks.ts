// Words for tasks shared by the case page and the list of tasks across cases.
import { referralTriggerCodes, rssDimensions, rssRoundKinds } from '@reintegra/domain';
import type { TFunction } from 'i18next';
import type { CaseTask } from '../api/types.ts';
import { triggerName } from '../assessments/words.tsx';

const isOneOf = <T extends string>(list: readonly T[], value: string | null | undefined): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/**
 * What a task the system started is about, in words: the survey round of a
 * `survey` task ("interim"), the dimension of a `support` task ("economic"),
 * the disclosure, the session or the sent referral behind a `referral` task.
 */
export function taskTopic(
  t: TFunction,
  task: Pick<CaseTask, 'kind'> & { topic?: string | null | undefined },
): string | null {
  if (task.kind === 'survey' && isOneOf(rssRoundKinds, task.topic))
    return t(`survey.kindTopics.${task.topic}`);
  if (task.kind === 'support' && isOneOf(rssDimensions, task.topic)) {
    return t(`survey.dimensionTopics.${task.topic}`);
  }
  if (task.kind === 'referral' && isOneOf(referralTriggerCodes, task.topic))
    return triggerName(t, task.topic);
  if (task.kind === 'referral' && task.topic === 'counselling') return t('counselling.referralTopic');
  // Tasks a sent referral starts: chase the partner when overdue, the supervisor a week on, and the
  // follow-up months later (its topic is the referral's id alone).
  if (task.kind === 'referral' && task.topic?.startsWith('overdue:')) return t('referrals.tasks.overdue');
  if (task.kind === 'referral' && task.topic?.startsWith('escalated:')) return t('referrals.tasks.escalated');
  if (task.kind === 'referral' && task.topic && /^[0-9a-f-]{36}$/.test(task.topic))
    return t('referrals.tasks.followUp');
  return null;
}

/**
 * What a task is called: its own title, or, for one the lifecycle started
 * (title ''), its kind with what it is about ("Reintegration survey round: interim").
 */
export function taskName(
  t: TFunction,
  task: Pick<CaseTask, 'kind' | 'title'> & { topic?: string | null | undefined },
): string {
  if (task.title) return task.title;
  // An assessment task of another kind than the needs assessment its kind is named after.
  if (task.kind === 'assessment' && task.topic === 'best_interests')
    return t('assessments.bestInterestsTask');
  const kind = t(`taskKinds.${task.kind}`);
  const topic = taskTopic(t, task);
  return topic ? t('survey.taskWithTopic', { kind, topic }) : kind;
}
