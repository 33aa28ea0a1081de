import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import {
  avrrCategories,
  type ReturnMotivation,
  returnAssistance,
  returnMotivations,
  returnPermanence,
  returnTransport,
  returnVoluntariness,
} from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import { useCountries } from '../ui/format.ts';
import { emptyStay, type MigrationDraft, maxStays, type StayDraft } from './migration.ts';

type Errors = Record<string, string | undefined>;

/** A two-letter country code, its name in the reader's language shown under it once complete. */
function CountryInput({
  label,
  value,
  onChange,
  error,
  withAsterisk,
}: {
  label: string;
  value: string;
  onChange: (next: string) => void;
  error?: string;
  withAsterisk?: boolean;
}) {
  const { t } = useTranslation();
  const country = useCountries();
  const known = /^[A-Z]{2}$/.test(value) ? country(value) : null;
  return (
    <TextInput
      label={label}
      description={known && known !== value ? known : t('cases.countryCodeHelp')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value.toUpperCase())}
      error={error}
      withAsterisk={withAsterisk}
      maxLength={2}
      autoComplete="off"
      dir="ltr"
    />
  );
}

function StayRow({
  stay,
  index,
  errors,
  prefix,
  onChange,
  onRemove,
}: {
  stay: StayDraft;
  index: number;
  errors: Errors;
  prefix: string;
  onChange: (next: StayDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const legend = t('migration.stay', { number: index + 1 });
  const at = `${prefix}stays.${index}`;
  return (
    <Fieldset legend={legend} p="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <CountryInput
          label={t('migration.stayCountry')}
          value={stay.country}
          onChange={(country) => onChange({ ...stay, country })}
          error={errors[`${at}.country`]}
          withAsterisk
        />
        <TextInput
          type="date"
          label={t('migration.stayFrom')}
          value={stay.from}
          onChange={(e) => onChange({ ...stay, from: e.currentTarget.value })}
          error={errors[`${at}.from`]}
        />
        <TextInput
          type="date"
          label={t('migration.stayTo')}
          value={stay.to}
          onChange={(e) => onChange({ ...stay, to: e.currentTarget.value })}
          error={errors[`${at}.to`]}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <Button variant="subtle" color="red" size="compact-sm" onClick={onRemove}>
          {t('cases.remove')}
          <VisuallyHidden> {legend}</VisuallyHidden>
        </Button>
      </Group>
    </Fieldset>
  );
}

/**
 * Where the person went and how they came back. `prefix` is where the form
 * keeps these fields' errors (`migration.` inside the registration form, none
 * in the dialog).
 */
export function MigrationFields({
  value,
  onChange,
  errors,
  prefix = '',
}: {
  value: MigrationDraft;
  onChange: (next: MigrationDraft) => void;
  errors: Errors;
  prefix?: string;
}) {
  const { t } = useTranslation();
  const set = (changes: Partial<MigrationDraft>) => onChange({ ...value, ...changes });
  const unknown = { value: '', label: t('migration.notKnown') };
  const axis = (
    field: 'assistance' | 'voluntariness' | 'permanence' | 'transport',
    options: { value: string; label: string }[],
  ) => (
    <NativeSelect
      label={t(`migration.${field}`)}
      value={value[field]}
      onChange={(e) => set({ [field]: e.currentTarget.value } as Partial<MigrationDraft>)}
      data={[unknown, ...options]}
      error={errors[`${prefix}${field}`]}
    />
  );

  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CountryInput
          label={t('migration.hostCountry')}
          value={value.hostCountry}
          onChange={(hostCountry) => set({ hostCountry })}
          error={errors[`${prefix}hostCountry`]}
        />
        <NativeSelect
          label={t('migration.avrrCategory')}
          value={value.avrrCategory}
          onChange={(e) => set({ avrrCategory: e.currentTarget.value as MigrationDraft['avrrCategory'] })}
          data={[unknown, ...avrrCategories.map((c) => ({ value: c, label: t(`avrrCategories.${c}`) }))]}
          error={errors[`${prefix}avrrCategory`]}
        />
      </SimpleGrid>

      <Fieldset legend={t('migration.stays')} p="sm">
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('migration.staysHelp')}
          </Text>
          {value.stays.map((stay, i) => (
            <StayRow
              key={stay.key}
              stay={stay}
              index={i}
              errors={errors}
              prefix={prefix}
              onChange={(next) => set({ stays: value.stays.map((s, j) => (j === i ? next : s)) })}
              onRemove={() => set({ stays: value.stays.filter((_, j) => j !== i) })}
            />
          ))}
          {value.stays.length < maxStays && (
            <Group>
              <Button variant="light" size="xs" onClick={() => set({ stays: [...value.stays, emptyStay()] })}>
                {t('migration.addStay')}
              </Button>
            </Group>
          )}
        </Stack>
      </Fieldset>

      <Textarea
        label={t('migration.reasonsForMigrating')}
        value={value.reasonsForMigrating}
        onChange={(e) => set({ reasonsForMigrating: e.currentTarget.value })}
        error={errors[`${prefix}reasonsForMigrating`]}
        maxLength={4000}
        autosize
        minRows={2}
        dir="auto"
      />

      <Checkbox.Group
        label={t('migration.motivations')}
        description={t('migration.motivationsHelp')}
        value={value.motivations}
        onChange={(motivations) => set({ motivations: motivations as ReturnMotivation[] })}
        error={errors[`${prefix}motivations`]}
      >
        <Stack gap="xs" mt={4}>
          {returnMotivations.map((m) => (
            <Checkbox key={m} value={m} label={t(`returnMotivations.${m}`)} />
          ))}
        </Stack>
      </Checkbox.Group>

      <Fieldset legend={t('migration.modality')} p="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {axis(
            'assistance',
            returnAssistance.map((v) => ({ value: v, label: t(`returnAssistance.${v}`) })),
          )}
          {axis(
            'voluntariness',
            returnVoluntariness.map((v) => ({ value: v, label: t(`returnVoluntariness.${v}`) })),
          )}
          {axis(
            'permanence',
            returnPermanence.map((v) => ({ value: v, label: t(`returnPermanence.${v}`) })),
          )}
          {axis(
            'transport',
            returnTransport.map((v) => ({ value: v, label: t(`returnTransport.${v}`) })),
          )}
        </SimpleGrid>
      </Fieldset>

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('migration.plannedReturnOn')}
          value={value.plannedReturnOn}
          onChange={(e) => set({ plannedReturnOn: e.currentTarget.value })}
          error={errors[`${prefix}plannedReturnOn`]}
        />
        <TextInput
          type="date"
          label={t('migration.returnedOn')}
          description={t('migration.returnedOnHelp')}
          value={value.returnedOn}
          onChange={(e) => set({ returnedOn: e.currentTarget.value })}
          error={errors[`${prefix}returnedOn`]}
        />
      </SimpleGrid>
    </Stack>
  );
}
