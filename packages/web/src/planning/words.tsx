import { useTranslation } from 'react-i18next';
import type { PlannerRow } from './rows.ts';

/** Hours and counts in the reader's language, to the hundredth as the plan's total hours are. */
export function usePlanNumbers() {
  const { i18n } = useTranslation();
  const plain = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(i18n.language, {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return {
    number: (n: number) => plain.format(n),
    /** A difference, with its sign: "+1.5", "−26". */
    signed: (n: number) => signed.format(n),
  };
}

/** A line's task: named in the reader's language, or as the planner wrote it. */
export function useTaskName() {
  const { t } = useTranslation();
  return (row: Pick<PlannerRow, 'named' | 'text'>) =>
    row.named ? t(`planning.tasks.${row.named}`) : row.text;
}
