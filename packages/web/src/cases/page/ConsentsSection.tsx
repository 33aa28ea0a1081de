import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { useDates } from '../../ui/format.ts';
import { ScrollTable } from '../../ui/ScrollTable.tsx';
import { RecordConsentDialog } from './RecordConsentDialog.tsx';
import { Section } from './Section.tsx';

/** Every consent on the case, newest first, and the way to record another. */
export function ConsentsSection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const dates = useDates();
  const [recording, setRecording] = useState(false);
  return (
    <Section
      id="consents-heading"
      title={t('cases.consentsTitle')}
      action={
        can('cases.write') && (
          <Button variant="light" onClick={() => setRecording(true)}>
            {t('cases.recordConsent')}
          </Button>
        )
      }
    >
      {file.consents.length === 0 ? (
        <Text>{t('cases.noConsents')}</Text>
      ) : (
        <ScrollTable label={t('cases.consentsTitle')} minWidth={600}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('consent.purpose')}</Table.Th>
              <Table.Th>{t('consent.methodShort')}</Table.Th>
              <Table.Th>{t('consent.givenByShort')}</Table.Th>
              <Table.Th>{t('consent.witnessedByShort')}</Table.Th>
              <Table.Th>{t('consent.givenAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {file.consents.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td fw={600}>
                  {t(`consentPurposes.${c.purpose}`)}
                  {c.withdrawnAt && (
                    <Text size="xs" c="red.9">
                      {t('consent.withdrawn', { date: dates.date(c.withdrawnAt) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`consentMethods.${c.method}`)}</Table.Td>
                <Table.Td dir="auto">{c.givenBy}</Table.Td>
                <Table.Td dir="auto">{c.witnessedBy || '—'}</Table.Td>
                <Table.Td>{dates.dateTime(c.givenAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {recording && <RecordConsentDialog file={file} onClose={() => setRecording(false)} />}
    </Section>
  );
}
