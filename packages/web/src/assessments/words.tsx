// Words of the assessments shared by the forms, the lists and the task names.
import { Badge } from '@mantine/core';
import {
  type DisclosureUrgency,
  type ReferralTriggerCode,
  referralTriggerCodes,
  vulnerabilities,
} from '@reintegra/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** An Annex 1 disclosure with its code, as the Handbook's table numbers it: "T4 · Recent rape, …". */
export function triggerName(t: TFunction, code: ReferralTriggerCode): string {
  return t('assessments.triggerName', { code, trigger: t(`assessments.triggerLabels.${code}`) });
}

/**
 * How soon a disclosure needs a referral. Immediate ones are filled, to stand
 * out in a list; the others are pale with the darkest text shade, which keeps
 * 4.5:1 at badge size.
 */
export function UrgencyBadge({ urgency }: { urgency: DisclosureUrgency }) {
  const { t } = useTranslation();
  const look =
    urgency === 'immediate'
      ? { color: 'red.9', variant: 'filled' }
      : {
          color: urgency === 'urgent' ? 'red' : 'gray',
          c: urgency === 'urgent' ? 'red.9' : 'gray.9',
          variant: 'light',
        };
  return (
    <Badge component="span" tt="none" size="sm" {...look}>
      {t(`assessments.urgencies.${urgency}`)}
    </Badge>
  );
}

/** One reason the suggestion gives: a situation of vulnerability, a disclosure, or the length of the assistance. */
export function useSuggestionReason() {
  const { t } = useTranslation();
  return (reason: string): string => {
    if (isOneOf(vulnerabilities, reason)) return t(`vulnerabilities.${reason}`);
    if (isOneOf(referralTriggerCodes, reason)) return triggerName(t, reason);
    if (reason === 'more_than_few_sessions') return t('assessments.moreThanFewSessions');
    return reason;
  };
}
