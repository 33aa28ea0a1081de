import { Badge, Button, Checkbox, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorNotice } from '../../ui/errors.tsx';
import { useDates } from '../../ui/format.ts';
import { caseKey } from '../queries.ts';
import { Section } from './Section.tsx';
import { StaffName } from './StaffName.tsx';

/** Case notes, newest first, and a form to write one; confidential ones stay within the author's role and above. */
export function NotesSection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const dates = useDates();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [confidential, setConfidential] = useState(false);
  const write = useMutation({
    mutationFn: () => api.post<CaseFile>(`/cases/${file.summary.id}/notes`, { body, confidential }),
    onSuccess: (next) => {
      queryClient.setQueryData(caseKey(file.summary.id), next);
      setBody('');
      setConfidential(false);
    },
  });
  return (
    <Section id="notes-heading" title={t('notes.title')}>
      <Stack>
        {can('cases.write') && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (body.trim()) write.mutate();
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t('notes.new')}
                value={body}
                onChange={(e) => setBody(e.currentTarget.value)}
                autosize
                minRows={2}
                dir="auto"
              />
              <Checkbox
                label={t('notes.confidential')}
                description={t('notes.confidentialHelp')}
                checked={confidential}
                onChange={(e) => setConfidential(e.currentTarget.checked)}
              />
              {write.error && <ErrorNotice error={write.error} />}
              <Group>
                <Button type="submit" loading={write.isPending} disabled={!body.trim()}>
                  {t('notes.add')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        {file.notes.length === 0 ? (
          <Text>{t('notes.none')}</Text>
        ) : (
          file.notes.map((note) => (
            <Paper key={note.id} withBorder p="sm">
              <Group gap="xs" mb={4}>
                <Text size="sm" fw={600}>
                  <StaffName id={note.authorId} />
                </Text>
                <Text size="sm" c="dimmed">
                  {dates.dateTime(note.createdAt)}
                </Text>
                {note.confidential && (
                  <Badge color="red.9" variant="light">
                    {t('notes.confidentialBadge')}
                  </Badge>
                )}
              </Group>
              <Text style={{ whiteSpace: 'pre-wrap' }} dir="auto">
                {note.body}
              </Text>
            </Paper>
          ))
        )}
      </Stack>
    </Section>
  );
}
