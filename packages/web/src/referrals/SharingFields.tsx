import { Checkbox, Stack, Table, Text, Textarea } from '@mantine/core';
import { needDimensions, type ShareableField, sensitiveFields, shareableFields } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import type { CaseFile, NeedsFindings } from '../api/types.ts';
import { useDates } from '../ui/format.ts';

/** The values the partner would receive, read from the case file and the latest needs assessment. */
function useSharedValues(file: CaseFile, needs: NeedsFindings | null): Record<ShareableField, string> {
  const { t } = useTranslation();
  const dates = useDates();
  const person = file.person;
  return {
    name: file.summary.person.name,
    sex: t(`sexes.${person.sex}`),
    dateOfBirth: person.dateOfBirth ? dates.day(person.dateOfBirth) : String(person.birthYear ?? ''),
    phone: person.phones[0]?.e164 ?? '',
    languages: person.languages.join(', '),
    placeOfReturn: person.placeOfIntendedReturn ?? '',
    educationLevel: needs ? t(`assessments.iscedLevels.${needs.educationLevel}`) : '',
    skills: needs?.skills.join(', ') ?? '',
    needs: needs
      ? needDimensions
          .filter((d) => needs.needs[d].trim())
          .map((d) => needs.needs[d])
          .join(' · ')
      : '',
    vulnerabilities: file.summary.vulnerabilities.map((v) => t(`vulnerabilities.${v}`)).join(', '),
    health: needs?.health ?? '',
  };
}

/**
 * Which parts of the case go to the partner, each with the value it would
 * carry, so the caseworker sees exactly what leaves the office (seed-002
 * L3003: only what is needed).
 */
export function SharingFields({
  file,
  needs,
  fields,
  justification,
  justificationNeeded,
  errors,
  onFields,
  onJustification,
}: {
  file: CaseFile;
  needs: NeedsFindings | null;
  fields: ShareableField[];
  justification: string;
  /** More than the service needs, or something sensitive, is ticked. */
  justificationNeeded: boolean;
  errors: { fields?: string; justification?: string };
  onFields: (fields: ShareableField[]) => void;
  onJustification: (justification: string) => void;
}) {
  const { t } = useTranslation();
  const values = useSharedValues(file, needs);
  return (
    <Stack gap="xs">
      <Checkbox.Group
        label={t('referrals.refer.fields')}
        description={t('referrals.refer.fieldsHelp')}
        value={fields}
        onChange={(chosen) => onFields(shareableFields.filter((f) => chosen.includes(f)))}
        error={errors.fields}
      >
        <Table verticalSpacing={4} mt="xs">
          <Table.Tbody>
            {shareableFields.map((f) => (
              <Table.Tr key={f}>
                <Table.Td>
                  <Checkbox
                    value={f}
                    label={
                      sensitiveFields.includes(f)
                        ? t('referrals.refer.sensitive', { field: t(`referrals.fields.${f}`) })
                        : t(`referrals.fields.${f}`)
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    c={values[f] ? undefined : 'dimmed'}
                    dir="auto"
                    style={{ wordBreak: 'break-word' }}
                  >
                    {values[f] || t('referrals.refer.noValue')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Checkbox.Group>
      {!needs && (
        <Text size="sm" c="dimmed">
          {t('referrals.refer.noNeedsAssessment')}
        </Text>
      )}
      {justificationNeeded && (
        <Textarea
          label={t('referrals.refer.justification')}
          description={t('referrals.refer.justificationHelp')}
          value={justification}
          onChange={(e) => onJustification(e.currentTarget.value)}
          error={errors.justification}
          withAsterisk
          autosize
          minRows={2}
          dir="auto"
        />
      )}
    </Stack>
  );
}
