import { Button, List, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile, CaseMigration } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { Fact } from '../../ui/Fact.tsx';
import { useCountries, useDates, useMonths } from '../../ui/format.ts';
import { MigrationDialog } from './MigrationDialog.tsx';
import { Section } from './Section.tsx';

/** One stay abroad: the country, and the days it began and ended where known. */
function StayText({ stay }: { stay: CaseMigration['stays'][number] }) {
  const { t } = useTranslation();
  const dates = useDates();
  const country = useCountries();
  const from = dates.day(stay.from);
  const to = dates.day(stay.to);
  const when =
    from && to
      ? t('migration.fromTo', { from, to })
      : from
        ? t('migration.fromOnly', { from })
        : to
          ? t('migration.toOnly', { to })
          : '';
  return (
    <>
      <Text span fw={600} size="sm">
        {country(stay.country)}
      </Text>
      {when && <Text span size="sm">{` · ${when}`}</Text>}
    </>
  );
}

/** What is on file of the migration and the return. */
function MigrationFacts({ migration: m }: { migration: CaseMigration }) {
  const { t } = useTranslation();
  const dates = useDates();
  const country = useCountries();
  const months = useMonths();
  const modality = [
    m.assistance && t(`returnAssistance.${m.assistance}`),
    m.voluntariness && t(`returnVoluntariness.${m.voluntariness}`),
    m.permanence && t(`returnPermanence.${m.permanence}`),
    m.transport && t(`returnTransport.${m.transport}`),
  ].filter(Boolean);
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} m={0}>
      <Fact label={t('migration.hostCountry')}>{m.hostCountry ? country(m.hostCountry) : '—'}</Fact>
      <Fact label={t('migration.timeAway')}>{m.monthsAway === null ? '—' : months(m.monthsAway)}</Fact>
      <Fact label={t('migration.avrrCategory')}>
        {m.avrrCategory ? t(`avrrCategories.${m.avrrCategory}`) : '—'}
      </Fact>
      <Fact label={t('migration.plannedReturnOn')}>{dates.day(m.plannedReturnOn) || '—'}</Fact>
      <Fact label={t('migration.returnedOn')}>{dates.day(m.returnedOn) || '—'}</Fact>
      <Fact label={t('migration.modality')}>{modality.length ? modality.join(' · ') : '—'}</Fact>
      <Fact label={t('migration.stays')}>
        {m.stays.length ? (
          <List type="ordered" size="sm" spacing={2}>
            {m.stays.map((stay, i) => (
              // Stays have no id; their order is what they are.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole
              <List.Item key={i}>
                <StayText stay={stay} />
              </List.Item>
            ))}
          </List>
        ) : (
          '—'
        )}
      </Fact>
      <Fact label={t('migration.motivations')}>
        {m.motivations.length ? (
          <List size="sm" spacing={2}>
            {m.motivations.map((motivation) => (
              <List.Item key={motivation}>{t(`returnMotivations.${motivation}`)}</List.Item>
            ))}
          </List>
        ) : (
          '—'
        )}
      </Fact>
      <Fact label={t('migration.reasonsForMigrating')}>
        <Text span dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
          {m.reasonsForMigrating || '—'}
        </Text>
      </Fact>
    </SimpleGrid>
  );
}

/**
 * Where the person went, for how long, and how they came back: host country,
 * stays, reasons, return motivations, AVRR category and modality, the days of return.
 */
export function MigrationSection({ file, onReload }: { file: CaseFile; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  const working = can('cases.write') && file.summary.status !== 'closed';
  return (
    <Section
      id="migration-heading"
      title={t('migration.title')}
      action={
        working && (
          <Button variant="light" onClick={() => setEditing(true)}>
            {file.migration ? t('migration.change') : t('migration.record')}
          </Button>
        )
      }
    >
      {file.migration ? <MigrationFacts migration={file.migration} /> : <Text>{t('migration.none')}</Text>}
      {editing && <MigrationDialog file={file} onReload={onReload} onClose={() => setEditing(false)} />}
    </Section>
  );
}
