import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { captionStyle, Section } from './Section.tsx';
import type { Dashboard } from './types.ts';
import { useFigureWords } from './words.tsx';

/**
 * Referrals sent in the period by partner, and of those the share completed
 * and the share where the returnee says the service was received: referral
 * outcomes by partner (seed-003 PP3, L476; the catalogue's R4 reads ended
 * referrals only, this table all those sent in the period).
 */
export function ReferralsSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const words = useFigureWords(data.minCount);
  const title = t('dashboard.referrals.title');
  return (
    <Section title={title}>
      {data.referrals.length === 0 ? (
        <Text>{t('dashboard.referrals.none')}</Text>
      ) : (
        <ScrollTable label={title} minWidth={560}>
          <caption style={captionStyle}>{t('dashboard.referrals.caption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboard.referrals.partner')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.referrals.sent')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.referrals.completed')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.referrals.received')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.referrals.map((r) => (
              <Table.Tr key={r.partner}>
                <Table.Th scope="row">
                  <span dir="auto">{r.partner}</span>
                </Table.Th>
                <Table.Td>{words.countFigure(r.sent)}</Table.Td>
                <Table.Td>{words.share(r.completed)}</Table.Td>
                <Table.Td>{words.share(r.received)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
    </Section>
  );
}
