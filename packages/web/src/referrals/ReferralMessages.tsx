import { Anchor, Button, FileInput, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fileUrl } from '../api/client.ts';
import { ErrorNotice } from '../ui/errors.tsx';
import { useDates } from '../ui/format.ts';

/** A message on a referral (ReferralMessage in /api/docs). */
interface ReferralMessage {
  id: string;
  side: 'caseworker' | 'partner';
  body: string;
  file: { name: string; contentType: string; size: number } | null;
  createdAt: string;
}

/**
 * What the caseworker and the partner write to each other on one referral,
 * and the partner's evidence files. `base` is the referral's address on the
 * reader's side: under the case for staff, under the portal for a partner.
 */
export function ReferralMessages({
  base,
  reader,
  canWrite,
}: {
  base: string;
  reader: 'caseworker' | 'partner';
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const headingId = useId();
  const queryClient = useQueryClient();
  const key = ['referral-messages', base];
  const messages = useQuery({ queryKey: key, queryFn: () => api.get<ReferralMessage[]>(`${base}/messages`) });
  const [body, setBody] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const write = useMutation({
    mutationFn: () =>
      file
        ? api.upload<ReferralMessage>(`${base}/evidence`, file, { fileName: file.name, note: body.trim() })
        : api.post<ReferralMessage>(`${base}/messages`, { body }),
    onSuccess: () => {
      setBody('');
      setFile(null);
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const who = (side: ReferralMessage['side']) =>
    side === reader ? t('referralMessages.you') : t(`referralMessages.sides.${side}`);

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={4} size="h6" id={headingId}>
        {t('referralMessages.title')}
      </Title>
      <ErrorNotice error={messages.error} />
      {messages.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('referralMessages.none')}
        </Text>
      )}
      {messages.data?.map((m) => (
        <Paper key={m.id} withBorder p="xs" bg={m.side === reader ? 'gray.0' : undefined}>
          <Text size="xs" c="gray.7">
            {who(m.side)} · {dates.dateTime(m.createdAt)}
          </Text>
          {m.body && (
            <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
              {m.body}
            </Text>
          )}
          {m.file && (
            <Anchor size="sm" href={fileUrl(`${base}/messages/${m.id}/file`)} dir="auto">
              {t('referralMessages.file', { name: m.file.name, kb: Math.ceil(m.file.size / 1024) })}
            </Anchor>
          )}
        </Paper>
      ))}
      {canWrite && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            write.mutate();
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={reader === 'partner' ? t('referralMessages.writePartner') : t('referralMessages.write')}
              description={reader === 'caseworker' ? t('referralMessages.partnerReads') : undefined}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              rows={3}
              maxLength={4000}
            />
            {reader === 'partner' && (
              <FileInput
                label={t('referralMessages.evidence')}
                description={t('referralMessages.evidenceHelp')}
                accept="application/pdf,image/png,image/jpeg,image/webp"
                value={file}
                onChange={setFile}
                clearable
              />
            )}
            <ErrorNotice error={write.error} />
            <Group>
              <Button type="submit" size="xs" loading={write.isPending} disabled={!body.trim() && !file}>
                {file ? t('referralMessages.sendFile') : t('referralMessages.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
