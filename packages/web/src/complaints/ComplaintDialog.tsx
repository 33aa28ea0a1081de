import {
  Anchor,
  Button,
  Group,
  Loader,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { ComplaintHandlingStatus } from '@reintegra/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api } from '../api/client.ts';
import { ErrorNotice } from '../ui/errors.tsx';
import { Fact } from '../ui/Fact.tsx';
import { useDates } from '../ui/format.ts';
import { Ltr } from '../ui/Ltr.tsx';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { StaleVersionNotice } from '../ui/StaleVersionNotice.tsx';
import { useComplaint, useComplaintCommand } from './queries.ts';
import type { Complaint } from './types.ts';
import { HandlingStatusBadge, useComplaintFieldErrors } from './words.tsx';

/** One complaint: what was said, by whom, what became of it, and its next step. */
export function ComplaintDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const dates = useDates();
  const complaint = useComplaint(id);
  const c = complaint.data;
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={
        c
          ? t('complaints.detail.title', {
              kind: t(`complaints.kinds.${c.kind}`),
              day: dates.day(c.receivedOn),
            })
          : t('common.loading')
      }
    >
      {complaint.isPending && <Loader aria-label={t('common.loading')} />}
      <ErrorNotice error={complaint.error} />
      {c && (
        <Stack>
          <Group gap="xs">
            <HandlingStatusBadge status={c.status} />
          </Group>
          <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {c.subject}
          </Text>
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
            <Fact label={t('complaints.columns.channel')}>{t(`complaints.channels.${c.channel}`)}</Fact>
            <Fact label={t('complaints.columns.about')}>{t(`complaints.subjects.${c.about}`)}</Fact>
            <Fact label={t('complaints.detail.complainant')}>
              {c.anonymous ? t('complaints.detail.anonymous') : <span dir="auto">{c.complainantName}</span>}
            </Fact>
            {c.complainantContact && (
              <Fact label={t('complaints.detail.contact')}>
                <span dir="auto">{c.complainantContact}</span>
              </Fact>
            )}
            {c.case && (
              <Fact label={t('complaints.detail.case')}>
                <Anchor component={Link} to={`/cases/${c.case.id}`}>
                  <Ltr>{c.case.reference}</Ltr>
                </Anchor>
              </Fact>
            )}
            {c.concernedUser && (
              <Fact label={t('complaints.detail.concerned')}>{c.concernedUser.displayName}</Fact>
            )}
            {c.satisfaction && (
              <Fact label={t('complaints.detail.satisfaction')}>
                {t(`complaints.satisfaction.${c.satisfaction}`)}
              </Fact>
            )}
            <Fact label={t('complaints.detail.handler')}>{c.handler.displayName}</Fact>
            <Fact label={t('complaints.detail.recordedBy')}>
              {c.recordedBy.displayName} · {dates.dateTime(c.recordedAt)}
            </Fact>
            {c.resolution && (
              <Fact label={t('complaints.detail.resolution')}>
                <span dir="auto">{c.resolution}</span>
              </Fact>
            )}
            {c.dismissalReason && (
              <Fact label={t('complaints.detail.dismissalReason')}>
                <span dir="auto">{c.dismissalReason}</span>
              </Fact>
            )}
            {c.closedOn && <Fact label={t('complaints.detail.closedOn')}>{dates.day(c.closedOn)}</Fact>}
          </SimpleGrid>
          {c.nextStatuses.length > 0 ? (
            <NextStep key={c.version} complaint={c} onReload={() => void complaint.refetch()} />
          ) : (
            <Text c="dimmed">{t('complaints.detail.ended')}</Text>
          )}
        </Stack>
      )}
    </ResponsiveModal>
  );
}

/** The next step of the handling; ending it says what was done, or why nothing will be. */
function NextStep({ complaint, onReload }: { complaint: Complaint; onReload: () => void }) {
  const { t } = useTranslation();
  const fieldErrors = useComplaintFieldErrors();
  const [to, setTo] = useState<ComplaintHandlingStatus | ''>('');
  const [words, setWords] = useState('');
  const [missing, setMissing] = useState(false);
  const needsWords = to === 'resolved' || to === 'dismissed';
  const move = useComplaintCommand(
    () =>
      api.post<Complaint>(`/complaints/${complaint.id}/status`, {
        version: complaint.version,
        to,
        ...(to === 'resolved' ? { resolution: words.trim() } : {}),
        ...(to === 'dismissed' ? { reason: words.trim() } : {}),
      }),
    { saved: (c) => t('complaints.detail.moved', { status: t(`complaints.statuses.${c.status}`) }) },
  );
  const stale = move.error instanceof ApiError && move.error.code === 'stale_version';
  const refused = move.error instanceof ApiError && move.error.code === 'handling_move_not_allowed';
  const errors = fieldErrors(move.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const lacking = to === '' || (needsWords && !words.trim());
    setMissing(lacking);
    if (!lacking) move.mutate(undefined);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`move-${complaint.id}`}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={`move-${complaint.id}`}>
          {t('complaints.detail.move')}
        </Title>
        <Radio.Group
          label={t('complaints.detail.moveTo')}
          value={to}
          onChange={(v) => {
            setTo(v as ComplaintHandlingStatus);
            setMissing(false);
          }}
          error={missing && to === '' ? t('validation.required') : undefined}
          withAsterisk
        >
          <Stack gap="xs" mt="xs">
            {complaint.nextStatuses.map((s) => (
              <Radio key={s} value={s} label={t(`complaints.detail.moves.${s}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {needsWords && (
          <Textarea
            label={t(
              to === 'resolved' ? 'complaints.detail.resolutionLabel' : 'complaints.detail.reasonLabel',
            )}
            value={words}
            onChange={(e) => {
              setWords(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing && !words.trim() ? t('validation.required') : (errors.resolution ?? errors.reason)}
            withAsterisk
            autosize
            minRows={2}
            dir="auto"
          />
        )}
        {stale ? (
          <StaleVersionNotice onReload={onReload} />
        ) : refused ? (
          <Text role="alert" c="red.9">
            {t('complaints.detail.moveRefused')}
          </Text>
        ) : (
          <ErrorNotice error={move.error} />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={move.isPending} disabled={stale || refused}>
            {t('complaints.detail.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
