import { Anchor, Badge, Group, List, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../api/types.ts';
import { Fact } from '../../ui/Fact.tsx';
import { useDates } from '../../ui/format.ts';
import { Ltr } from '../../ui/Ltr.tsx';
import { MergeHistory } from './MergeHistory.tsx';
import { Section } from './Section.tsx';

function Birth({ person }: { person: CaseFile['person'] }) {
  const { t } = useTranslation();
  const dates = useDates();
  if (person.dateOfBirth && !person.birthDateEstimated) return <>{dates.day(person.dateOfBirth)}</>;
  if (person.birthYear) return <>{t('cases.bornInEstimated', { year: person.birthYear })}</>;
  return <>—</>;
}

/**
 * Who the person is: every name with its script, phones, documents, where they
 * come from and go to, and the duplicate records merged into theirs.
 */
export function PersonSection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const p = file.person;
  return (
    <Section id="person-heading" title={t('cases.personSection')}>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} m={0}>
        <Fact label={t('cases.names')}>
          <List size="sm" spacing={2} listStyleType="none" p={0}>
            {p.names.map((n) => (
              <List.Item key={`${n.script}:${n.givenNames}:${n.familyName}`}>
                <Group gap={6} wrap="wrap">
                  <Text span dir="auto">
                    {`${n.givenNames} ${n.familyName}`.trim()}
                  </Text>
                  <Text span size="xs" c="dimmed">
                    {t(`scripts.${n.script}`)}
                  </Text>
                  {n.primary && (
                    <Badge variant="light" c="blue.9" size="xs" tt="none">
                      {t('cases.mainName')}
                    </Badge>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        </Fact>
        <Fact label={t('cases.sex')}>{t(`sexes.${p.sex}`)}</Fact>
        <Fact label={t('cases.genderShort')}>{p.gender || '—'}</Fact>
        <Fact label={t('cases.dateOfBirth')}>
          <Birth person={p} />
        </Fact>
        <Fact label={t('cases.nationalityShort')}>{p.nationality ? <Ltr>{p.nationality}</Ltr> : '—'}</Fact>
        <Fact label={t('cases.languagesShort')}>{p.languages.length ? p.languages.join(', ') : '—'}</Fact>
        <Fact label={t('cases.phones')}>
          {p.phones.length ? (
            <List size="sm" spacing={2} listStyleType="none" p={0}>
              {p.phones.map((phone) => (
                <List.Item key={phone.e164}>
                  {/* On a phone, a tap calls the person. */}
                  <Anchor href={`tel:${phone.e164}`}>
                    <Ltr>{phone.e164}</Ltr>
                  </Anchor>
                  {!phone.active && ` (${t('cases.phoneInactive')})`}
                </List.Item>
              ))}
            </List>
          ) : (
            '—'
          )}
        </Fact>
        <Fact label={t('cases.documents')}>
          {p.identifiers.length ? (
            <List size="sm" spacing={2} listStyleType="none" p={0}>
              {p.identifiers.map((id) => (
                <List.Item key={`${id.kind}-${id.value}`}>
                  {t(`identifierKinds.${id.kind}`)}: <Ltr>{id.value}</Ltr>
                  {id.issuingCountry && (
                    <>
                      {' '}
                      (<Ltr>{id.issuingCountry}</Ltr>)
                    </>
                  )}
                </List.Item>
              ))}
            </List>
          ) : (
            '—'
          )}
        </Fact>
        <Fact label={t('cases.placeOfOrigin')}>
          <span dir="auto">{p.placeOfOrigin || '—'}</span>
        </Fact>
        <Fact label={t('cases.placeOfIntendedReturn')}>
          <span dir="auto">{p.placeOfIntendedReturn || '—'}</span>
        </Fact>
      </SimpleGrid>
      <MergeHistory merges={file.merges} />
    </Section>
  );
}
