import { Table, Text } from '@mantine/core';
import type { BudgetLine } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useMoney } from './words.tsx';

/**
 * What the plan costs and where the money stands, one line per currency:
 * currencies are never converted, so a plan in two has two lines.
 */
export function BudgetTable({ budget }: { budget: BudgetLine[] }) {
  const { t } = useTranslation();
  const money = useMoney();
  if (budget.length === 0) return <Text size="sm">{t('plans.budget.none')}</Text>;
  const amount = (minor: number, currency: string) => money({ minor, currency });
  return (
    <ScrollTable label={t('plans.budget.title')} minWidth={520}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('plans.budget.currency')}</Table.Th>
          <Table.Th>{t('plans.budget.budget')}</Table.Th>
          <Table.Th>{t('plans.budget.committed')}</Table.Th>
          <Table.Th>{t('plans.budget.spent')}</Table.Th>
          <Table.Th>{t('plans.budget.remaining')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {budget.map((line) => (
          <Table.Tr key={line.currency}>
            <Table.Th scope="row">{line.currency}</Table.Th>
            <Table.Td>{amount(line.budget, line.currency)}</Table.Td>
            <Table.Td>{amount(line.committed, line.currency)}</Table.Td>
            <Table.Td>{amount(line.spent, line.currency)}</Table.Td>
            <Table.Td c={line.remaining < 0 ? 'red.9' : undefined}>
              {amount(line.remaining, line.currency)}
              {line.remaining < 0 && ` (${t('plans.budget.overspent')})`}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
