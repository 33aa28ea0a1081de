import { Anchor, Badge, Button, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, attachmentUrl } from '../../api/client.ts';
import type { Attachment, CaseFile } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { useDates } from '../../ui/format.ts';
import { ReasonDialog } from '../../ui/ReasonDialog.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { useCaseCommand } from '../queries.ts';
import { Section } from './Section.tsx';
import { StaffName } from './StaffName.tsx';
import { UploadAttachmentDialog } from './UploadAttachmentDialog.tsx';

/** 2.4 MB, 350 kB: in the reader's language. */
function useFileSize() {
  const { i18n } = useTranslation();
  return (bytes: number) => {
    const megabytes = bytes >= 1024 * 1024;
    return new Intl.NumberFormat(i18n.language, {
      style: 'unit',
      unit: megabytes ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: megabytes ? 1 : 0,
    }).format(megabytes ? bytes / 1024 / 1024 : Math.max(1, bytes / 1024));
  };
}

/**
 * Documents, pictures and signatures on the case, newest first. Each is
 * fetched only when asked for (every reading is audited): downloaded through
 * a plain link, or, for a picture, shown on request.
 */
export function AttachmentsSection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const dates = useDates();
  const size = useFileSize();
  const [adding, setAdding] = useState(false);
  const [viewing, setViewing] = useState<Attachment | null>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const id = file.summary.id;
  const working = can('cases.write') && file.summary.status !== 'closed';

  const { command: remove } = useCaseCommand(
    id,
    ({ attachment, reason }: { attachment: Attachment; reason: string }) =>
      api.post<CaseFile>(`/cases/${id}/attachments/${attachment.id}/removal`, { reason }),
    { saved: () => t('attachments.removed'), done: () => setRemoving(null) },
  );

  return (
    <Section
      id="attachments-heading"
      title={t('attachments.title')}
      action={
        working && (
          <Button variant="light" onClick={() => setAdding(true)}>
            {t('attachments.add')}
          </Button>
        )
      }
    >
      {file.attachments.length === 0 ? (
        <Text>{t('attachments.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {file.attachments.map((a) => (
            <Paper component="li" key={a.id} withBorder p="sm">
              <Group justify="space-between" align="flex-start" gap="xs">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Group gap="xs" wrap="wrap">
                    {/* The server sends it as a download; the link only names the file. */}
                    <Anchor
                      href={attachmentUrl(id, a.id)}
                      download={a.fileName}
                      fw={600}
                      dir="auto"
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {a.fileName}
                    </Anchor>
                    <Badge variant="light" color="gray" c="dark.7" tt="none">
                      {t(`attachmentKinds.${a.kind}`)}
                    </Badge>
                  </Group>
                  {a.description && (
                    <Text size="sm" dir="auto">
                      {a.description}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {size(a.size)} · {dates.dateTime(a.uploadedAt)} · <StaffName id={a.uploadedBy} />
                  </Text>
                </Stack>
                <Group gap="xs">
                  {a.contentType !== 'application/pdf' && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setViewing(a)}
                      aria-label={`${t('attachments.view')}: ${a.fileName}`}
                    >
                      {t('attachments.view')}
                    </Button>
                  )}
                  {working && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => {
                        remove.reset();
                        setRemoving(a);
                      }}
                      aria-label={`${t('attachments.remove')}: ${a.fileName}`}
                    >
                      {t('attachments.remove')}
                    </Button>
                  )}
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {adding && <UploadAttachmentDialog file={file} onClose={() => setAdding(false)} />}
      {viewing && (
        <ResponsiveModal opened onClose={() => setViewing(null)} title={viewing.fileName}>
          <Image
            src={attachmentUrl(id, viewing.id)}
            alt={viewing.description || t(`attachmentKinds.${viewing.kind}`)}
            fit="contain"
            mah="70vh"
          />
        </ResponsiveModal>
      )}
      {removing && (
        <ReasonDialog
          title={t('attachments.removeTitle')}
          message={t('attachments.removeMessage', { name: removing.fileName })}
          confirmLabel={t('attachments.remove')}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={(reason) => remove.mutate({ attachment: removing, reason })}
          onClose={() => setRemoving(null)}
        />
      )}
    </Section>
  );
}
