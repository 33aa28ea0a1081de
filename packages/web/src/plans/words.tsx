// Words and amounts of the plan shared by its page, its print and the case page.
import { Alert, Badge } from '@mantine/core';
import {
  amountText,
  currencyDecimals,
  type LongTermAssistanceKind,
  longTermAssistance,
  type Money,
  type PlanContent,
  type PlanStatus,
} from '@reintegra/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { useDescribeError } from '../ui/errors.tsx';

/**
 * An amount with its currency code in the reader's language ("GNF 3,250,000").
 * Intl is given the exact decimal text, never a float, and the code rather
 * than a symbol: "$" or "F" would not say which dollar or franc.
 */
export function useMoney() {
  const { i18n } = useTranslation();
  return (money: Money) => {
    const decimals = currencyDecimals(money.currency);
    try {
      return new Intl.NumberFormat(i18n.language, {
        style: 'currency',
        currency: money.currency,
        currencyDisplay: 'code',
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      }).format(amountText(money) as `${number}`);
    } catch {
      return `${amountText(money)} ${money.currency}`;
    }
  };
}

// The word is always beside the colour; the darkest shade keeps 4.5:1 on the pale background.
const statusColours: Record<PlanStatus, string> = {
  draft: 'gray',
  agreed: 'blue',
  approved: 'teal',
  closed: 'dark',
};

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColours[status]} c={`${statusColours[status]}.9`} variant="light" tt="none">
      {t(`plans.statuses.${status}`)}
    </Badge>
  );
}

/** The longer-term kinds under the template's headings, in its printed order. */
export const longTermGroups = (['economic', 'social', 'psychosocial', 'other'] as const).map((dimension) => ({
  dimension,
  kinds: longTermAssistance.filter((a) => a.dimension === dimension).map((a) => a.kind),
}));

export function dimensionName(t: TFunction, dimension: (typeof longTermGroups)[number]['dimension']) {
  return dimension === 'other' ? t('plans.otherAssistance') : t(`survey.dimensions.${dimension}`);
}

/** A line of any list section in a few words, to name it in a list of changes or a button. */
export function lineName(t: TFunction, content: PlanContent, lineId: string): string | null {
  const immediate = content.immediate.find((l) => l.id === lineId);
  if (immediate) return joined(t(`plans.immediateKinds.${immediate.kind}`), immediate.detail);
  const longTerm = content.longTerm.find((l) => l.id === lineId);
  if (longTerm) return assistanceName(t, longTerm.kind, longTerm.detail);
  const goods = content.goods.find((l) => l.id === lineId);
  if (goods) return goods.description;
  return content.grants.find((g) => g.id === lineId)?.purpose ?? null;
}

export function assistanceName(t: TFunction, kind: LongTermAssistanceKind, detail: string): string {
  return joined(t(`plans.longTermKinds.${kind}`), detail);
}

const joined = (name: string, detail: string) => (detail ? `${name}: ${detail}` : name);

// Refusals of the plan routes (see packages/server/src/plans): each has its own sentence.
const planCodes = [
  'no_change',
  'plan_exists',
  'plan_closed',
  'not_current_version',
  'already_consented',
  'no_consent_on_current_version',
  'already_approved',
  'approver_is_author',
  'best_interests_assessment_missing',
  'plan_not_approved',
  'previous_tranche_not_released',
  'not_scheduled',
  'not_requested',
  'condition_not_recorded',
  'same_person',
  'no_condition',
  'tranche_settled',
  'tranche_in_payment',
  'purchase_settled',
  'reason_required',
  'witness_required',
  'partner_required',
  'before_start',
  'not_in_plan',
  'round_not_scored',
  'not_attached',
  'referral_agency_missing',
  'beneficiary_missing',
  'amount_not_positive',
  'duplicate_line',
  'grant_line_unknown',
  'no_tranches',
] as const;
export type PlanCode = (typeof planCodes)[number];
const isPlanCode = (code: string): code is PlanCode => (planCodes as readonly string[]).includes(code);

/** A refusal in words: the plan's own codes first (also those named on a field), then the general ones. */
export function usePlanError() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      const code = [error.code, ...error.fields.map((f) => f.code)].find(isPlanCode);
      if (code) return t(`plans.errors.${code}`);
    }
    return describe(error);
  };
}

/** The failure of a plan command, announced as it appears. */
export function PlanErrorNotice({ error }: { error: unknown }) {
  const describe = usePlanError();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" variant="light">
      {describe(error)}
    </Alert>
  );
}
