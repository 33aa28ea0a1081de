import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type GoodsLine, type PaymentMethod, paymentMethods } from '@reintegra/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { MoneyFields, moneyDraft, readMoney } from './MoneyFields.tsx';
import { usePlanCommand } from './queries.ts';
import type { PlanPage } from './types.ts';
import { PlanErrorNotice } from './words.tsx';

/** Goods of the list ordered from a supplier: committed until paid (Annex 2 L6332: the organisation pays the supplier). */
export function PurchaseDialog({
  caseId,
  goods,
  onClose,
}: {
  caseId: string;
  goods: GoodsLine;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [supplier, setSupplier] = useState('');
  const [amount, setAmount] = useState(() => moneyDraft(goods.estimatedCost, goods.estimatedCost.currency));
  const [paymentMethod, setPaymentMethod] = useState<PaymentMethod>('bank_transfer');
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});

  const order = usePlanCommand(
    caseId,
    (body: object) => api.post<PlanPage>(`/cases/${caseId}/plan/purchases`, body),
    { saved: () => t('plans.purchases.ordered'), done: onClose },
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const read = readMoney(amount, t);
    const found = {
      ...read.problems,
      ...(read.money || read.problems.amount ? {} : { amount: t('validation.required') }),
      ...(supplier.trim() ? {} : { supplier: t('validation.required') }),
    };
    setProblems(found);
    if (!read.money || Object.values(found).some(Boolean)) return;
    order.mutate({ goodsLineId: goods.id, supplier: supplier.trim(), amount: read.money, paymentMethod });
  }

  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('plans.purchases.title', { goods: goods.description })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('plans.purchases.supplier')}
            value={supplier}
            onChange={(e) => setSupplier(e.currentTarget.value)}
            error={problems.supplier}
            withAsterisk
            maxLength={300}
            dir="auto"
          />
          <MoneyFields
            label={t('plans.amount')}
            value={amount}
            onChange={setAmount}
            errors={problems}
            required
          />
          <NativeSelect
            label={t('plans.paymentMethod')}
            value={paymentMethod}
            onChange={(e) => setPaymentMethod(e.currentTarget.value as PaymentMethod)}
            data={paymentMethods.map((m) => ({ value: m, label: t(`plans.paymentMethods.${m}`) }))}
          />
          <PlanErrorNotice error={order.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={order.isPending}>
              {t('plans.purchases.order')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
