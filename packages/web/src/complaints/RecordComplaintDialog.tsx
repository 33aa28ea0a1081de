import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  type ComplaintChannel,
  type ComplaintKind,
  type ComplaintSubject,
  complaintChannels,
  complaintKinds,
  complaintSubjects,
  hasPermission,
  isoDay,
  type SatisfactionAnswer,
  satisfactionAnswers,
} from '@reintegra/domain';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client.ts';
import type { CaseSummary, Page, StaffMember } from '../api/types.ts';
import { useMe } from '../auth/session.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { useComplaintCommand } from './queries.ts';
import type { Complaint } from './types.ts';
import { useComplaintFieldErrors } from './words.tsx';

interface Draft {
  kind: ComplaintKind;
  channel: ComplaintChannel;
  about: ComplaintSubject;
  subject: string;
  receivedOn: string;
  caseReference: string;
  concernedUserId: string;
  anonymous: boolean;
  complainantName: string;
  complainantContact: string;
  satisfaction: SatisfactionAnswer | '';
  handlerId: string;
}

/** The case a reference names among those the user can see: the API takes its id. */
async function caseIdOf(reference: string): Promise<string> {
  const found = await api.get<Page<CaseSummary>>('/cases', { q: reference, limit: 10 });
  const match = found.items.find((c) => c.reference.toLowerCase() === reference.toLowerCase());
  if (match) return match.id;
  throw new ApiError(400, 'invalid_input', 'No case you can see has this reference', [
    { field: 'body.caseId', code: 'case_not_found', message: 'No case you can see has this reference' },
  ]);
}

/**
 * Records what someone said, by which channel and about what. Anonymous by
 * default: a name is kept only when the person agrees to give it.
 */
export function RecordComplaintDialog({
  onClose,
  onRecorded,
}: {
  onClose: () => void;
  onRecorded: (complaint: Complaint) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const fieldErrors = useComplaintFieldErrors();
  const [draft, setDraft] = useState<Draft>({
    kind: 'complaint',
    channel: 'hotline',
    about: 'assistance',
    subject: '',
    // Today in UTC, as the server counts days: a local "today" ahead of it would be refused.
    receivedOn: isoDay(new Date()),
    caseReference: '',
    concernedUserId: '',
    anonymous: true,
    complainantName: '',
    complainantContact: '',
    satisfaction: '',
    handlerId: '',
  });
  const [missing, setMissing] = useState<{ subject: boolean; name: boolean }>({
    subject: false,
    name: false,
  });
  // Naming colleagues needs the staff directory; without it the server takes the case's caseworker and you.
  const canName = me.permissions.includes('staff.read');
  const staff = useQuery({
    queryKey: ['staff', 'complaints'],
    queryFn: () => api.get<Page<StaffMember>>('/staff', { active: true, limit: 200 }),
    enabled: canName,
  });
  const colleagues = (staff.data?.items ?? []).filter((s) => s.id !== me.user.id);
  const handlers = colleagues.filter((s) => hasPermission(s.role, 'complaints.handle'));

  const save = useComplaintCommand(
    async () => {
      const reference = draft.caseReference.trim();
      return api.post<Complaint>('/complaints', {
        kind: draft.kind,
        channel: draft.channel,
        about: draft.about,
        subject: draft.subject.trim(),
        receivedOn: draft.receivedOn,
        caseId: reference ? await caseIdOf(reference) : null,
        concernedUserId: draft.concernedUserId || null,
        anonymous: draft.anonymous,
        complainantName: draft.anonymous ? '' : draft.complainantName.trim(),
        complainantContact: draft.anonymous ? '' : draft.complainantContact.trim(),
        satisfaction: draft.about === 'other' || !draft.satisfaction ? null : draft.satisfaction,
        handlerId: draft.handlerId || null,
      });
    },
    { saved: () => t('complaints.form.saved'), done: onRecorded },
  );
  const errors = fieldErrors(save.error);
  const set = (changes: Partial<Draft>) => setDraft({ ...draft, ...changes });

  function submit(event: FormEvent) {
    event.preventDefault();
    const lacking = {
      subject: !draft.subject.trim(),
      name: !draft.anonymous && !draft.complainantName.trim(),
    };
    setMissing(lacking);
    if (!lacking.subject && !lacking.name) save.mutate(undefined);
  }

  return (
    <ResponsiveModal opened onClose={onClose} title={t('complaints.record')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Radio.Group
            label={t('complaints.form.kind')}
            value={draft.kind}
            onChange={(v) => set({ kind: v as ComplaintKind })}
          >
            <Group gap="md" mt="xs">
              {complaintKinds.map((k) => (
                <Radio key={k} value={k} label={t(`complaints.kinds.${k}`)} />
              ))}
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <NativeSelect
              label={t('complaints.form.channel')}
              value={draft.channel}
              onChange={(e) => set({ channel: e.currentTarget.value as ComplaintChannel })}
              data={complaintChannels.map((c) => ({ value: c, label: t(`complaints.channels.${c}`) }))}
            />
            <TextInput
              type="date"
              label={t('complaints.form.receivedOn')}
              value={draft.receivedOn}
              onChange={(e) => set({ receivedOn: e.currentTarget.value })}
              error={errors.receivedOn}
              withAsterisk
            />
          </SimpleGrid>
          <Radio.Group
            label={t('complaints.form.about')}
            description={t('complaints.form.aboutHelp')}
            value={draft.about}
            onChange={(v) => set({ about: v as ComplaintSubject })}
          >
            <Group gap="md" mt="xs">
              {complaintSubjects.map((s) => (
                <Radio key={s} value={s} label={t(`complaints.subjects.${s}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('complaints.form.subject')}
            value={draft.subject}
            onChange={(e) => set({ subject: e.currentTarget.value })}
            error={missing.subject ? t('validation.required') : errors.subject}
            withAsterisk
            autosize
            minRows={3}
            dir="auto"
          />
          <TextInput
            label={t('complaints.form.caseReference')}
            description={t('complaints.form.caseReferenceHelp')}
            value={draft.caseReference}
            onChange={(e) => set({ caseReference: e.currentTarget.value })}
            error={errors.caseId}
            dir="ltr"
          />
          {canName && (
            <NativeSelect
              label={t('complaints.form.concerned')}
              description={t('complaints.form.concernedHelp')}
              value={draft.concernedUserId}
              onChange={(e) => set({ concernedUserId: e.currentTarget.value })}
              error={errors.concernedUserId}
              data={[
                { value: '', label: t('complaints.form.nobody') },
                ...colleagues.map((s) => ({ value: s.id, label: s.displayName })),
              ]}
            />
          )}
          <Checkbox
            label={t('complaints.form.anonymous')}
            description={t('complaints.form.anonymousHelp')}
            checked={draft.anonymous}
            onChange={(e) => set({ anonymous: e.currentTarget.checked })}
          />
          {!draft.anonymous && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput
                label={t('complaints.form.complainantName')}
                value={draft.complainantName}
                onChange={(e) => set({ complainantName: e.currentTarget.value })}
                error={missing.name ? t('validation.required') : errors.complainantName}
                withAsterisk
                dir="auto"
              />
              <TextInput
                label={t('complaints.form.complainantContact')}
                value={draft.complainantContact}
                onChange={(e) => set({ complainantContact: e.currentTarget.value })}
                dir="auto"
              />
            </SimpleGrid>
          )}
          {draft.about !== 'other' && (
            <NativeSelect
              label={t('complaints.form.satisfaction')}
              description={t('complaints.form.satisfactionHelp')}
              value={draft.satisfaction}
              onChange={(e) => set({ satisfaction: e.currentTarget.value as SatisfactionAnswer | '' })}
              error={errors.satisfaction}
              data={[
                { value: '', label: t('complaints.form.notAsked') },
                ...satisfactionAnswers.map((a) => ({ value: a, label: t(`complaints.satisfaction.${a}`) })),
              ]}
            />
          )}
          {canName && (
            <NativeSelect
              label={t('complaints.form.handler')}
              value={draft.handlerId}
              onChange={(e) => set({ handlerId: e.currentTarget.value })}
              error={errors.handlerId}
              data={[
                { value: '', label: t('complaints.form.me') },
                ...handlers.map((s) => ({ value: s.id, label: s.displayName })),
              ]}
            />
          )}
          <ErrorNotice error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('complaints.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
