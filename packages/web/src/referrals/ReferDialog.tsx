import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  alwaysShared,
  type ReferralUrgency,
  referralUrgencies,
  type ServiceType,
  type ShareableField,
  sharingProblems,
} from '@reintegra/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { CaseFile, NeedsFindings } from '../api/types.ts';
import { useAssessments } from '../assessments/queries.ts';
import { ErrorNotice, useFieldErrors } from '../ui/errors.tsx';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { type EligibilityFacts, EligibilityFields, eligibilityOf, noFacts } from './EligibilityFields.tsx';
import { type ServiceSearch, useReferralCommand, useServiceSearch } from './queries.ts';
import { ServiceFacts } from './ServiceFacts.tsx';
import { SharingFields } from './SharingFields.tsx';
import type { FoundService, Referral } from './types.ts';
import { serviceTypeGroups } from './words.tsx';

/** The findings of the latest needs assessment, once the case's assessments are loaded. */
function useLatestNeeds(caseId: string): NeedsFindings | null {
  const assessments = useAssessments(caseId);
  const latest = (assessments.data?.items ?? [])
    .filter((a) => a.kind === 'needs')
    .sort((a, b) => b.conductedOn.localeCompare(a.conductedOn))[0];
  return latest?.kind === 'needs' ? latest.findings : null;
}

/** Searches the directory by need, place and words; the caseworker picks one service. */
function ServicePicker({
  initialType,
  picked,
  onPick,
  error,
}: {
  initialType: ServiceType | '';
  picked: FoundService | null;
  onPick: (service: FoundService) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState<ServiceSearch>({ type: initialType, place: '', q: '' });
  // Typing a place or words asks the server once the caseworker pauses, not at every letter.
  const [debounced] = useDebouncedValue(search, 300);
  const found = useServiceSearch(debounced);
  const services = found.data?.items ?? [];
  return (
    <Fieldset legend={t('referrals.refer.findService')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <NativeSelect
            label={t('referrals.refer.need')}
            value={search.type}
            onChange={(e) => setSearch({ ...search, type: e.currentTarget.value as ServiceType | '' })}
            data={[{ value: '', label: t('referrals.refer.anyNeed') }, ...serviceTypeGroups(t)]}
          />
          <TextInput
            label={t('referrals.refer.place')}
            value={search.place}
            onChange={(e) => setSearch({ ...search, place: e.currentTarget.value })}
            dir="auto"
          />
          <TextInput
            label={t('referrals.refer.words')}
            value={search.q}
            onChange={(e) => setSearch({ ...search, q: e.currentTarget.value })}
            dir="auto"
          />
        </SimpleGrid>
        <ErrorNotice error={found.error} />
        {found.isSuccess && services.length === 0 ? (
          <Text size="sm">{t('referrals.refer.noService')}</Text>
        ) : (
          <Radio.Group
            label={t('referrals.refer.service')}
            value={picked?.id ?? null}
            onChange={(id) => {
              const service = services.find((s) => s.id === id);
              if (service) onPick(service);
            }}
            error={error}
            withAsterisk
          >
            <Stack gap="xs" mt="xs">
              {services.map((s) => (
                <Radio
                  key={s.id}
                  value={s.id}
                  label={`${s.name} — ${s.provider.name}`}
                  description={t(`referrals.serviceTypes.${s.type}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {picked && <ServiceFacts service={picked} />}
      </Stack>
    </Fieldset>
  );
}

/**
 * Drafts a referral: the service, why, how urgent, and exactly which parts of
 * the case go with it. Nothing leaves the office until it is sent.
 */
export function ReferDialog({
  file,
  planLineId = null,
  need = '',
  onClose,
}: {
  file: CaseFile;
  /** The plan line the referral answers, when made from the plan. */
  planLineId?: string | null;
  need?: ServiceType | '';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const caseId = file.summary.id;
  const needs = useLatestNeeds(caseId);
  const [service, setService] = useState<FoundService | null>(null);
  const [reason, setReason] = useState('');
  const [urgency, setUrgency] = useState<ReferralUrgency>('routine');
  const [fields, setFields] = useState<ShareableField[]>([...alwaysShared]);
  const [justification, setJustification] = useState('');
  const [informed, setInformed] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [facts, setFacts] = useState<EligibilityFacts>(noFacts);
  const rules = service?.rules ?? null;
  const eligibility = rules ? eligibilityOf(rules, file.person, facts) : null;
  const exceptionNeeded =
    eligibility !== null && (eligibility.unmet.length > 0 || eligibility.unknown.length > 0);

  const needed = service?.neededFields ?? [];
  const sharing = sharingProblems({ fields, justification: '' }, needed);
  const draft = useReferralCommand(
    caseId,
    () =>
      api.post<Referral>(`/cases/${caseId}/referrals`, {
        serviceId: service?.id,
        reason: reason.trim(),
        urgency,
        planLineId,
        fields,
        justification: justification.trim(),
        returneeInformed: informed,
        eligibility: { ...facts, exception: exceptionNeeded ? facts.exception.trim() : '' },
      }),
    { saved: t('referrals.refer.saved'), done: onClose },
  );

  function pick(next: FoundService) {
    setService(next);
    setFacts(noFacts);
    // What the partner needs to reach the person, and what this service asks for.
    setFields([...new Set([...alwaysShared, ...next.neededFields])]);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const required = t('validation.required');
    if (!service) found.serviceId = required;
    if (!reason.trim()) found.reason = required;
    const now = sharingProblems({ fields, justification }, needed);
    if (now.includes('identity_missing')) found.fields = t('referrals.refer.identityMissing');
    if (now.includes('justification_required')) found.justification = required;
    if (exceptionNeeded && !facts.exception.trim()) found['eligibility.exception'] = required;
    setProblems(found);
    if (Object.keys(found).length === 0) draft.mutate(undefined);
  }

  const errors = { ...fieldErrors(draft.error), ...problems };
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('referrals.refer.title', { name: file.summary.person.name })}
      size="xl"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ServicePicker initialType={need} picked={service} onPick={pick} error={errors.serviceId} />
          {rules && eligibility && (
            <EligibilityFields
              rules={rules}
              result={eligibility}
              facts={facts}
              onFacts={setFacts}
              error={errors['eligibility.exception']}
            />
          )}
          <Textarea
            label={t('referrals.refer.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            withAsterisk
            autosize
            minRows={2}
            dir="auto"
          />
          <Radio.Group
            label={t('referrals.urgencyLabel')}
            description={t('referrals.refer.urgencyHelp')}
            value={urgency}
            onChange={(v) => setUrgency(v as ReferralUrgency)}
          >
            <Group gap="md" mt="xs">
              {referralUrgencies.map((u) => (
                <Radio key={u} value={u} label={t(`referrals.urgencies.${u}`)} />
              ))}
            </Group>
          </Radio.Group>
          <SharingFields
            file={file}
            needs={needs}
            fields={fields}
            justification={justification}
            justificationNeeded={sharing.includes('justification_required')}
            errors={errors}
            onFields={setFields}
            onJustification={setJustification}
          />
          <Checkbox
            label={t('referrals.refer.informed')}
            description={t('referrals.refer.informedHelp')}
            checked={informed}
            onChange={(e) => setInformed(e.currentTarget.checked)}
          />
          <ErrorNotice error={draft.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={draft.isPending}>
              {t('referrals.refer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
