import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { alwaysShared, type ServiceType, type ShareableField, shareableFields } from '@reintegra/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client.ts';
import { useDirectoryCommand } from '../referrals/queries.ts';
import type { ProviderService, ServiceProvider } from '../referrals/types.ts';
import { serviceTypeGroups } from '../referrals/words.tsx';
import { ErrorNotice, useFieldErrors } from '../ui/errors.tsx';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { StaleVersionNotice } from '../ui/StaleVersionNotice.tsx';
import { changedFields } from './changes.ts';

type Whole = number | '';
type Rules = { minAge: Whole; maxAge: Whole; maxSchoolYear: Whole };

interface ServiceDraft {
  name: string;
  type: ServiceType | '';
  description: string;
  eligibility: string;
  rules: Rules;
  /** One place per line. */
  coverage: string;
  location: string;
  cost: string;
  /** Separated by commas. */
  languages: string;
  capacityPerMonth: Whole;
  waitDays: Whole;
  neededFields: ShareableField[];
  available: boolean;
  adequateQuality: boolean;
  accessible: boolean;
}

const orBlank = (n: number | null | undefined): Whole => n ?? '';
const orNull = (n: Whole) => (n === '' ? null : n);

function draftOf(s?: ProviderService): ServiceDraft {
  return {
    name: s?.name ?? '',
    type: s?.type ?? '',
    description: s?.description ?? '',
    eligibility: s?.eligibility ?? '',
    rules: {
      minAge: orBlank(s?.rules?.minAge),
      maxAge: orBlank(s?.rules?.maxAge),
      maxSchoolYear: orBlank(s?.rules?.maxSchoolYear),
    },
    coverage: s?.coverage.join('\n') ?? '',
    location: s?.location ?? '',
    cost: s?.cost ?? '',
    languages: s?.languages.join(', ') ?? '',
    capacityPerMonth: orBlank(s?.capacityPerMonth),
    waitDays: orBlank(s?.waitDays),
    neededFields: s?.neededFields ?? [...alwaysShared],
    available: s?.available ?? true,
    adequateQuality: s?.adequateQuality ?? true,
    accessible: s?.accessible ?? true,
  };
}

/** The draft as the server takes it: lists split, blanks as "not said". */
function bodyOf(d: ServiceDraft, distance: ProviderService['rules'] | null) {
  const split = (text: string, by: RegExp) =>
    text
      .split(by)
      .map((x) => x.trim())
      .filter(Boolean);
  const rules = {
    minAge: orNull(d.rules.minAge),
    maxAge: orNull(d.rules.maxAge),
    maxSchoolYear: orNull(d.rules.maxSchoolYear),
  };
  return {
    name: d.name.trim(),
    description: d.description.trim(),
    eligibility: d.eligibility.trim(),
    // The distance rule has no field here yet: it is kept as it was.
    rules: { ...rules, maxDistanceKm: distance?.maxDistanceKm ?? null },
    coverage: split(d.coverage, /\n/),
    location: d.location.trim(),
    cost: d.cost.trim(),
    languages: split(d.languages, /,/),
    capacityPerMonth: orNull(d.capacityPerMonth),
    waitDays: orNull(d.waitDays),
    neededFields: d.neededFields,
    available: d.available,
    adequateQuality: d.adequateQuality,
    accessible: d.accessible,
  };
}

const whole = (value: string | number): Whole => (typeof value === 'number' ? value : '');

/**
 * Adds a service of a provider or changes one: who qualifies, where it
 * reaches, cost, languages, wait, the data it needs, and the three marks of
 * Annex 7 that tell a real service from a gap.
 */
export function ServiceDialog({
  provider,
  service,
  onReload,
  onClose,
}: {
  provider: ServiceProvider;
  /** Absent: a new service. */
  service?: ProviderService;
  onReload: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const [draft, setDraft] = useState<ServiceDraft>(draftOf(service));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const save = useDirectoryCommand(
    () => {
      const body = bodyOf(draft, service?.rules ?? null);
      return service
        ? api.patch(`/services/${service.id}`, {
            version: service.version,
            ...changedFields(bodyOf(draftOf(service), service.rules), body),
          })
        : api.post(`/service-providers/${provider.id}/services`, { ...body, type: draft.type });
    },
    { saved: t('directory.serviceSaved', { name: draft.name }), done: onClose },
  );
  const stale = save.error instanceof ApiError && save.error.code === 'stale_version';
  const errors = { ...fieldErrors(save.error), ...problems };
  const set = (changes: Partial<ServiceDraft>) => setDraft({ ...draft, ...changes });
  const setRule = (rule: keyof Rules) => (value: string | number) =>
    set({ rules: { ...draft.rules, [rule]: whole(value) } });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!draft.name.trim()) found.name = t('validation.required');
    if (!draft.type) found.type = t('validation.required');
    setProblems(found);
    if (Object.keys(found).length === 0) save.mutate(undefined);
  }

  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={
        service
          ? t('directory.changeService', { name: service.name })
          : t('directory.addService', { provider: provider.name })
      }
      size="xl"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <TextInput
              label={t('directory.service.name')}
              value={draft.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
              error={errors.name}
              withAsterisk
              dir="auto"
            />
            {/* A service's type is what it is: changing it would be another service. */}
            <NativeSelect
              label={t('directory.service.type')}
              value={draft.type}
              onChange={(e) => set({ type: e.currentTarget.value as ServiceType | '' })}
              data={[{ value: '', label: t('cases.choose') }, ...serviceTypeGroups(t)]}
              error={errors.type}
              disabled={!!service}
              withAsterisk
            />
          </SimpleGrid>
          <Textarea
            label={t('directory.service.description')}
            value={draft.description}
            onChange={(e) => set({ description: e.currentTarget.value })}
            autosize
            minRows={2}
            dir="auto"
          />
          <Fieldset legend={t('directory.service.criteria')}>
            <Stack gap="xs">
              <Textarea
                label={t('directory.service.eligibility')}
                description={t('directory.service.eligibilityHelp')}
                value={draft.eligibility}
                onChange={(e) => set({ eligibility: e.currentTarget.value })}
                autosize
                minRows={2}
                dir="auto"
              />
              <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
                <NumberInput
                  label={t('directory.service.minAge')}
                  value={draft.rules.minAge}
                  onChange={setRule('minAge')}
                  min={0}
                  max={120}
                  allowDecimal={false}
                />
                <NumberInput
                  label={t('directory.service.maxAge')}
                  value={draft.rules.maxAge}
                  onChange={setRule('maxAge')}
                  min={0}
                  max={120}
                  allowDecimal={false}
                />
                <NumberInput
                  label={t('directory.service.maxSchoolYear')}
                  value={draft.rules.maxSchoolYear}
                  onChange={setRule('maxSchoolYear')}
                  min={0}
                  max={30}
                  allowDecimal={false}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <Textarea
              label={t('directory.service.coverage')}
              description={t('directory.service.coverageHelp')}
              value={draft.coverage}
              onChange={(e) => set({ coverage: e.currentTarget.value })}
              autosize
              minRows={2}
              dir="auto"
            />
            <TextInput
              label={t('directory.service.location')}
              value={draft.location}
              onChange={(e) => set({ location: e.currentTarget.value })}
              dir="auto"
            />
            <TextInput
              label={t('directory.service.cost')}
              value={draft.cost}
              onChange={(e) => set({ cost: e.currentTarget.value })}
              dir="auto"
            />
            <TextInput
              label={t('directory.service.languages')}
              description={t('directory.service.languagesHelp')}
              value={draft.languages}
              onChange={(e) => set({ languages: e.currentTarget.value })}
              dir="auto"
            />
            <NumberInput
              label={t('directory.service.capacity')}
              value={draft.capacityPerMonth}
              onChange={(v) => set({ capacityPerMonth: whole(v) })}
              min={0}
              allowDecimal={false}
            />
            <NumberInput
              label={t('directory.service.waitDays')}
              value={draft.waitDays}
              onChange={(v) => set({ waitDays: whole(v) })}
              min={0}
              allowDecimal={false}
            />
          </SimpleGrid>
          <Checkbox.Group
            label={t('directory.service.neededFields')}
            description={t('directory.service.neededFieldsHelp')}
            value={draft.neededFields}
            onChange={(chosen) => set({ neededFields: shareableFields.filter((f) => chosen.includes(f)) })}
          >
            <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing={6} mt="xs">
              {shareableFields.map((f) => (
                <Checkbox key={f} value={f} label={t(`referrals.fields.${f}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Fieldset legend={t('directory.service.marks')}>
            <Stack gap="xs">
              <Checkbox
                label={t('directory.marks.available')}
                checked={draft.available}
                onChange={(e) => set({ available: e.currentTarget.checked })}
              />
              <Checkbox
                label={t('directory.marks.adequateQuality')}
                checked={draft.adequateQuality}
                onChange={(e) => set({ adequateQuality: e.currentTarget.checked })}
              />
              <Checkbox
                label={t('directory.marks.accessible')}
                checked={draft.accessible}
                onChange={(e) => set({ accessible: e.currentTarget.checked })}
              />
            </Stack>
          </Fieldset>
          {stale ? <StaleVersionNotice onReload={onReload} /> : <ErrorNotice error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={stale}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
