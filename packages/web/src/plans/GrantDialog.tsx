import { Button, Fieldset, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import {
  type CashGrant,
  type LongTermAssistanceLine,
  type Money,
  type TrancheCondition,
  trancheConditions,
} from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftDialog, newLineId } from './DraftDialog.tsx';
import { type MoneyDraft, MoneyFields, moneyDraft, readMoney } from './MoneyFields.tsx';
import { assistanceName } from './words.tsx';

interface TrancheDraft {
  id: string;
  amount: MoneyDraft;
  condition: TrancheCondition;
  conditionDetail: string;
}

type Problems = Record<string, string | undefined>;

/**
 * A cash grant paid in tranches (Annex 2 L6322: the first unconditional, the
 * next once the assets are bought, the last once targets are met), for a
 * longer-term line of the plan where it pays for one.
 */
export function GrantDialog({
  grant,
  lines,
  currency,
  onKeep,
  onClose,
}: {
  grant: CashGrant | null;
  /** The longer-term lines of the draft, one of which the grant may pay for. */
  lines: LongTermAssistanceLine[];
  currency: string;
  onKeep: (grant: CashGrant) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState(grant?.purpose ?? '');
  const [lineId, setLineId] = useState(grant?.lineId ?? '');
  const [tranches, setTranches] = useState<TrancheDraft[]>(() =>
    grant
      ? grant.tranches.map((tr) => ({ ...tr, amount: moneyDraft(tr.amount, currency) }))
      : [{ id: newLineId(), amount: moneyDraft(null, currency), condition: 'none', conditionDetail: '' }],
  );
  const [problems, setProblems] = useState<Problems>({});

  const change = (index: number, next: Partial<TrancheDraft>) =>
    setTranches(tranches.map((tr, i) => (i === index ? { ...tr, ...next } : tr)));

  function keep() {
    const found: Problems = {};
    if (!purpose.trim()) found.purpose = t('validation.required');
    const amounts: (Money | null)[] = tranches.map((tr, i) => {
      const read = readMoney(tr.amount, t);
      found[`${i}.amount`] = read.problems.amount ?? (read.money ? undefined : t('validation.required'));
      found[`${i}.currency`] = read.problems.currency;
      return read.money;
    });
    if (tranches.length === 0) found.tranches = t('plans.errors.no_tranches');
    setProblems(found);
    if (Object.values(found).some(Boolean)) return;
    onKeep({
      id: grant?.id ?? newLineId(),
      purpose: purpose.trim(),
      lineId: lineId || null,
      tranches: tranches.map((tr, i) => ({
        id: tr.id,
        amount: amounts[i] as Money,
        condition: tr.condition,
        conditionDetail: tr.conditionDetail.trim(),
      })),
    });
  }

  return (
    <DraftDialog
      title={grant ? t('plans.editor.changeGrant') : t('plans.editor.addGrant')}
      onSubmit={keep}
      onClose={onClose}
    >
      <TextInput
        label={t('plans.grantPurpose')}
        value={purpose}
        onChange={(e) => setPurpose(e.currentTarget.value)}
        error={problems.purpose}
        withAsterisk
        maxLength={300}
        dir="auto"
      />
      <NativeSelect
        label={t('plans.grantLine')}
        value={lineId}
        onChange={(e) => setLineId(e.currentTarget.value)}
        data={[
          { value: '', label: t('plans.grantNoLine') },
          ...lines.map((l) => ({ value: l.id, label: assistanceName(t, l.kind, l.detail) })),
        ]}
      />
      {tranches.map((tr, i) => (
        <Fieldset key={tr.id} legend={t('plans.trancheNumber', { number: i + 1 })}>
          <Stack gap="sm">
            <MoneyFields
              label={t('plans.amount')}
              value={tr.amount}
              onChange={(amount) => change(i, { amount })}
              errors={{ amount: problems[`${i}.amount`], currency: problems[`${i}.currency`] }}
              required
            />
            <NativeSelect
              label={t('plans.condition')}
              value={tr.condition}
              onChange={(e) => change(i, { condition: e.currentTarget.value as TrancheCondition })}
              data={trancheConditions.map((c) => ({ value: c, label: t(`plans.conditions.${c}`) }))}
            />
            {tr.condition !== 'none' && (
              <TextInput
                label={t('plans.conditionDetail')}
                value={tr.conditionDetail}
                onChange={(e) => change(i, { conditionDetail: e.currentTarget.value })}
                maxLength={1000}
                dir="auto"
              />
            )}
            <div>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => setTranches(tranches.filter((_, j) => j !== i))}
              >
                {t('plans.editor.removeTranche', { number: i + 1 })}
              </Button>
            </div>
          </Stack>
        </Fieldset>
      ))}
      {problems.tranches && (
        <Text size="sm" c="red.8" role="alert">
          {problems.tranches}
        </Text>
      )}
      <div>
        <Button
          variant="light"
          onClick={() =>
            setTranches([
              ...tranches,
              {
                id: newLineId(),
                amount: moneyDraft(null, tranches.at(-1)?.amount.currency ?? currency),
                condition: 'assets_purchased',
                conditionDetail: '',
              },
            ])
          }
        >
          {t('plans.editor.addTranche')}
        </Button>
      </div>
    </DraftDialog>
  );
}
