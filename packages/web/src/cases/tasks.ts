// Words for tasks shared by the case page and the list of tasks across cases.
import type { TFunction } from 'i18next';
import type { CaseTask } from '../api/types.ts';

/** What a task is called: its own title, or, for one the lifecycle started (title ''), its kind. */
export function taskName(t: TFunction, task: Pick<CaseTask, 'kind' | 'title'>): string {
  return task.title || t(`taskKinds.${task.kind}`);
}
