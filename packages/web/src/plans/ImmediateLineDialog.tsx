import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { type ImmediateAssistanceLine, immediateAssistanceKinds } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftDialog, newLineId } from './DraftDialog.tsx';
import { MoneyFields, moneyDraft, readMoney } from './MoneyFields.tsx';

/** A line of immediate assistance: cash, basic needs, accommodation, medical or other (Annex 3, 2). */
export function ImmediateLineDialog({
  line,
  currency,
  onKeep,
  onClose,
}: {
  line: ImmediateAssistanceLine | null;
  /** The currency the plan already uses, to start from. */
  currency: string;
  onKeep: (line: ImmediateAssistanceLine) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(
    () =>
      line ?? {
        id: newLineId(),
        kind: 'cash' as const,
        detail: '',
        responsible: '',
        dueOn: null,
        amount: null,
      },
  );
  const [amount, setAmount] = useState(() => moneyDraft(line?.amount ?? null, currency));
  const [problems, setProblems] = useState<{ amount?: string; currency?: string }>({});

  function keep() {
    const read = readMoney(amount, t);
    setProblems(read.problems);
    if (Object.keys(read.problems).length > 0) return;
    onKeep({
      ...draft,
      detail: draft.detail.trim(),
      responsible: draft.responsible.trim(),
      amount: read.money,
    });
  }

  return (
    <DraftDialog
      title={line ? t('plans.editor.changeImmediate') : t('plans.editor.addImmediate')}
      onSubmit={keep}
      onClose={onClose}
    >
      <NativeSelect
        label={t('plans.kind')}
        value={draft.kind}
        onChange={(e) =>
          setDraft({ ...draft, kind: e.currentTarget.value as ImmediateAssistanceLine['kind'] })
        }
        data={immediateAssistanceKinds.map((k) => ({ value: k, label: t(`plans.immediateKinds.${k}`) }))}
        withAsterisk
      />
      <Textarea
        label={t('plans.detail')}
        value={draft.detail}
        onChange={(e) => setDraft({ ...draft, detail: e.currentTarget.value })}
        autosize
        minRows={2}
        maxLength={2000}
        dir="auto"
      />
      <TextInput
        label={t('plans.responsible')}
        value={draft.responsible}
        onChange={(e) => setDraft({ ...draft, responsible: e.currentTarget.value })}
        maxLength={200}
        dir="auto"
      />
      <TextInput
        type="date"
        label={t('plans.dueOn')}
        value={draft.dueOn ?? ''}
        onChange={(e) => setDraft({ ...draft, dueOn: e.currentTarget.value || null })}
      />
      <MoneyFields label={t('plans.amountOptional')} value={amount} onChange={setAmount} errors={problems} />
    </DraftDialog>
  );
}
