import { Group, TextInput } from '@mantine/core';
import { amountText, currencyDecimals, type Money, parseAmount } from '@reintegra/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** An amount as typed, with its currency: read into minor units only when the form is sent. */
export interface MoneyDraft {
  amount: string;
  currency: string;
}

export function moneyDraft(money: Money | null, currency: string): MoneyDraft {
  return money ? { amount: amountText(money), currency: money.currency } : { amount: '', currency };
}

/**
 * The amount typed, or null when nothing was; `problem` says why it cannot be
 * read: a currency that is not an ISO code, more decimals than it has, zero.
 */
export function readMoney(
  draft: MoneyDraft,
  t: TFunction,
): { money: Money | null; problems: { amount?: string; currency?: string } } {
  const currency = draft.currency.trim().toUpperCase();
  if (!draft.amount.trim()) return { money: null, problems: {} };
  if (!/^[A-Z]{3}$/.test(currency))
    return { money: null, problems: { currency: t('plans.money.badCurrency') } };
  const money = parseAmount(draft.amount, currency);
  if (!money) {
    return {
      money: null,
      problems: { amount: t('plans.money.badAmount', { currency, decimals: currencyDecimals(currency) }) },
    };
  }
  if (money.minor <= 0) return { money: null, problems: { amount: t('plans.money.notPositive') } };
  return { money, problems: {} };
}

/** Amount and currency side by side; the currency is an ISO 4217 code and amounts in two never mix. */
export function MoneyFields({
  label,
  value,
  onChange,
  errors,
  required,
}: {
  label: string;
  value: MoneyDraft;
  onChange: (next: MoneyDraft) => void;
  errors: { amount?: string | undefined; currency?: string | undefined };
  required?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <TextInput
        label={label}
        value={value.amount}
        onChange={(e) => onChange({ ...value, amount: e.currentTarget.value })}
        error={errors.amount}
        withAsterisk={required}
        inputMode="decimal"
        autoComplete="off"
        style={{ flex: 1 }}
        dir="ltr"
      />
      <TextInput
        label={t('plans.money.currency')}
        description={t('plans.money.currencyHelp')}
        value={value.currency}
        onChange={(e) => onChange({ ...value, currency: e.currentTarget.value.toUpperCase() })}
        error={errors.currency}
        withAsterisk={required}
        maxLength={3}
        autoComplete="off"
        w={96}
        dir="ltr"
      />
    </Group>
  );
}
