import {
  Button,
  CloseButton,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { nameScripts } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import type { IdentifierKind, Sex } from '../../api/types.ts';
import { type CaseDraft, emptyIdentifier, emptyName, type IdentifierDraft, type NameDraft } from './draft.ts';
import { textRow } from './rows.ts';

// The server keeps at most ten of each.
const maxRows = 10;
export const sexes: Sex[] = ['female', 'male', 'unknown'];
export const identifierKinds: IdentifierKind[] = [
  'passport',
  'national_id',
  'laissez_passer',
  'programme_case_number',
  'other',
];

type Errors = Record<string, string | undefined>;

function replaceAt<T>(list: T[], index: number, next: T): T[] {
  return list.map((item, i) => (i === index ? next : item));
}

/** Removes a row; the row's name follows, hidden, so a screen reader says which one. */
function RemoveRow({ what, onClick }: { what: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="xs">
      <Button variant="subtle" color="red" size="compact-sm" onClick={onClick}>
        {t('cases.remove')}
        <VisuallyHidden> {what}</VisuallyHidden>
      </Button>
    </Group>
  );
}

function NameRow({
  name,
  index,
  errors,
  onChange,
  onRemove,
}: {
  name: NameDraft;
  index: number;
  errors: Errors;
  onChange: (next: NameDraft) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const legend = index === 0 ? t('cases.mainName') : t('cases.otherName', { number: index + 1 });
  const at = `person.names.${index}`;
  return (
    <Fieldset legend={legend} p="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {/* Names may be typed in Latin or Arabic letters whatever the page's language. */}
        <TextInput
          label={t('cases.givenNames')}
          value={name.givenNames}
          onChange={(e) => onChange({ ...name, givenNames: e.currentTarget.value })}
          error={errors[`${at}.givenNames`]}
          withAsterisk
          autoComplete="off"
          dir="auto"
        />
        <TextInput
          label={t('cases.familyName')}
          value={name.familyName}
          onChange={(e) => onChange({ ...name, familyName: e.currentTarget.value })}
          error={errors[`${at}.familyName`]}
          autoComplete="off"
          dir="auto"
        />
        <NativeSelect
          label={t('cases.script')}
          value={name.script}
          onChange={(e) => onChange({ ...name, script: e.currentTarget.value as NameDraft['script'] })}
          data={[
            { value: '', label: t('cases.scriptAuto') },
            ...nameScripts.map((s) => ({ value: s, label: t(`scripts.${s}`) })),
          ]}
          error={errors[`${at}.script`]}
        />
      </SimpleGrid>
      {onRemove && <RemoveRow what={legend} onClick={onRemove} />}
    </Fieldset>
  );
}

function IdentifierRow({
  identifier,
  index,
  errors,
  onChange,
  onRemove,
}: {
  identifier: IdentifierDraft;
  index: number;
  errors: Errors;
  onChange: (next: IdentifierDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const legend = t('cases.documentNumber', { number: index + 1 });
  const at = `person.identifiers.${index}`;
  return (
    <Fieldset legend={legend} p="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          label={t('cases.identifierKind')}
          value={identifier.kind}
          onChange={(e) =>
            onChange({ ...identifier, kind: e.currentTarget.value as IdentifierDraft['kind'] })
          }
          data={[
            { value: '', label: t('cases.choose') },
            ...identifierKinds.map((k) => ({ value: k, label: t(`identifierKinds.${k}`) })),
          ]}
          error={errors[`${at}.kind`]}
          withAsterisk
        />
        <TextInput
          label={t('cases.identifierValue')}
          value={identifier.value}
          onChange={(e) => onChange({ ...identifier, value: e.currentTarget.value })}
          error={errors[`${at}.value`]}
          withAsterisk
          autoComplete="off"
          dir="ltr"
        />
        <TextInput
          label={t('cases.issuingCountry')}
          description={t('cases.countryCodeHelp')}
          value={identifier.issuingCountry}
          onChange={(e) => onChange({ ...identifier, issuingCountry: e.currentTarget.value.toUpperCase() })}
          error={errors[`${at}.issuingCountry`]}
          maxLength={2}
          autoComplete="off"
          dir="ltr"
        />
      </SimpleGrid>
      <RemoveRow what={legend} onClick={onRemove} />
    </Fieldset>
  );
}

/** Who the person is: every name and spelling, how to reach them, and their documents. */
export function PersonFields({
  draft,
  onChange,
  errors,
}: {
  draft: CaseDraft;
  onChange: (next: CaseDraft) => void;
  errors: Errors;
}) {
  const { t } = useTranslation();
  const set = (changes: Partial<CaseDraft>) => onChange({ ...draft, ...changes });
  return (
    <Stack>
      {draft.names.map((name, i) => (
        <NameRow
          key={name.key}
          name={name}
          index={i}
          errors={errors}
          onChange={(next) => set({ names: replaceAt(draft.names, i, next) })}
          onRemove={i > 0 ? () => set({ names: draft.names.filter((_, j) => j !== i) }) : undefined}
        />
      ))}
      {draft.names.length < maxRows && (
        <Group>
          <Button variant="light" size="xs" onClick={() => set({ names: [...draft.names, emptyName()] })}>
            {t('cases.addName')}
          </Button>
        </Group>
      )}

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('cases.sex')}
          value={draft.sex}
          onChange={(e) => set({ sex: e.currentTarget.value as CaseDraft['sex'] })}
          data={[
            { value: '', label: t('cases.choose') },
            ...sexes.map((s) => ({ value: s, label: t(`sexes.${s}`) })),
          ]}
          error={errors['person.sex']}
          withAsterisk
        />
        <TextInput
          label={t('cases.gender')}
          description={t('cases.genderHelp')}
          value={draft.gender}
          onChange={(e) => set({ gender: e.currentTarget.value })}
          error={errors['person.gender']}
          autoComplete="off"
        />
        <TextInput
          type="date"
          label={t('cases.dateOfBirth')}
          description={t('cases.dateOfBirthHelp')}
          value={draft.dateOfBirth}
          onChange={(e) => set({ dateOfBirth: e.currentTarget.value })}
          error={errors['person.dateOfBirth']}
        />
        <TextInput
          label={t('cases.birthYear')}
          description={t('cases.birthYearHelp')}
          inputMode="numeric"
          value={draft.birthYear}
          onChange={(e) => set({ birthYear: e.currentTarget.value })}
          error={errors['person.birthYear']}
          disabled={!!draft.dateOfBirth}
          dir="ltr"
        />
        <TextInput
          label={t('cases.nationality')}
          description={t('cases.countryCodeHelp')}
          value={draft.nationality}
          onChange={(e) => set({ nationality: e.currentTarget.value.toUpperCase() })}
          error={errors['person.nationality']}
          maxLength={2}
          autoComplete="off"
          dir="ltr"
        />
        <TextInput
          label={t('cases.languages')}
          description={t('cases.languagesHelp')}
          value={draft.languages}
          onChange={(e) => set({ languages: e.currentTarget.value })}
          // The server names the one language it refused (person.languages.2); this field holds them all.
          error={Object.entries(errors).find(([field]) => field.startsWith('person.languages'))?.[1]}
          autoComplete="off"
        />
        <TextInput
          label={t('cases.placeOfOrigin')}
          value={draft.placeOfOrigin}
          onChange={(e) => set({ placeOfOrigin: e.currentTarget.value })}
          error={errors['person.placeOfOrigin']}
          autoComplete="off"
        />
        <TextInput
          label={t('cases.placeOfIntendedReturn')}
          value={draft.placeOfIntendedReturn}
          onChange={(e) => set({ placeOfIntendedReturn: e.currentTarget.value })}
          error={errors['person.placeOfIntendedReturn']}
          autoComplete="off"
        />
      </SimpleGrid>

      <Fieldset legend={t('cases.phones')} p="sm">
        <Stack gap="xs">
          {draft.phones.map((phone, i) => (
            <TextInput
              key={phone.key}
              type="tel"
              label={t('cases.phoneNumber', { number: i + 1 })}
              description={i === 0 ? t('cases.phoneHelp') : undefined}
              value={phone.text}
              onChange={(e) =>
                set({ phones: replaceAt(draft.phones, i, { ...phone, text: e.currentTarget.value }) })
              }
              error={errors[`person.phones.${i}`]}
              autoComplete="off"
              dir="ltr"
              rightSectionPointerEvents="all"
              rightSection={
                <CloseButton
                  aria-label={t('cases.removeRow', { what: t('cases.phoneNumber', { number: i + 1 }) })}
                  onClick={() => set({ phones: draft.phones.filter((_, j) => j !== i) })}
                />
              }
            />
          ))}
          {draft.phones.length < maxRows && (
            <Group>
              <Button variant="light" size="xs" onClick={() => set({ phones: [...draft.phones, textRow()] })}>
                {t('cases.addPhone')}
              </Button>
            </Group>
          )}
        </Stack>
      </Fieldset>

      {draft.identifiers.map((identifier, i) => (
        <IdentifierRow
          key={identifier.key}
          identifier={identifier}
          index={i}
          errors={errors}
          onChange={(next) => set({ identifiers: replaceAt(draft.identifiers, i, next) })}
          onRemove={() => set({ identifiers: draft.identifiers.filter((_, j) => j !== i) })}
        />
      ))}
      {draft.identifiers.length < maxRows && (
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => set({ identifiers: [...draft.identifiers, emptyIdentifier()] })}
          >
            {t('cases.addIdentifier')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
