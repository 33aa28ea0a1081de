import { TextInput } from '@mantine/core';
import type { GoodsLine } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftDialog, newLineId } from './DraftDialog.tsx';
import { MoneyFields, moneyDraft, readMoney } from './MoneyFields.tsx';

/** Goods, equipment or a service to buy with the grant, at its estimated cost (Annex 3, 3). */
export function GoodsLineDialog({
  line,
  currency,
  onKeep,
  onClose,
}: {
  line: GoodsLine | null;
  currency: string;
  onKeep: (line: GoodsLine) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [description, setDescription] = useState(line?.description ?? '');
  const [cost, setCost] = useState(() => moneyDraft(line?.estimatedCost ?? null, currency));
  const [problems, setProblems] = useState<{ description?: string; amount?: string; currency?: string }>({});

  function keep() {
    const read = readMoney(cost, t);
    const found = { ...read.problems };
    if (!read.money && !found.amount && !found.currency) found.amount = t('validation.required');
    const named = description.trim() ? {} : { description: t('validation.required') };
    setProblems({ ...found, ...named });
    if (!read.money || !description.trim()) return;
    onKeep({ id: line?.id ?? newLineId(), description: description.trim(), estimatedCost: read.money });
  }

  return (
    <DraftDialog
      title={line ? t('plans.editor.changeGoods') : t('plans.editor.addGoods')}
      onSubmit={keep}
      onClose={onClose}
    >
      <TextInput
        label={t('plans.goodsDescription')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={problems.description}
        withAsterisk
        maxLength={500}
        dir="auto"
      />
      <MoneyFields
        label={t('plans.estimatedCost')}
        value={cost}
        onChange={setCost}
        errors={problems}
        required
      />
    </DraftDialog>
  );
}
