import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { rssScheduleIds } from '@reintegra/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { RssProgrammeSettings, RssThresholdSchemeView } from '../api/types.ts';
import { ErrorNotice, useFieldErrors } from '../ui/errors.tsx';
import { settingsKey, useRssSettings } from './queries.ts';
import { schemeName } from './words.tsx';

/**
 * One programme's schedule and scheme, saved on its own. A new programme
 * (`fresh`) is named first; the default ('') applies to every programme
 * without settings of its own.
 */
function ProgrammeForm({
  saved,
  schemes,
  taken,
  fresh,
  onDone,
}: {
  saved: RssProgrammeSettings;
  schemes: RssThresholdSchemeView[];
  taken: string[];
  fresh?: boolean;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(saved);
  const [problem, setProblem] = useState<string | null>(null);
  const name = saved.programme === '' && !fresh ? t('rssAdmin.programmes.default') : saved.programme;
  const headingId = `programme-${fresh ? 'new' : encodeURIComponent(saved.programme) || 'default'}`;

  const save = useMutation({
    mutationFn: () =>
      api.put<RssProgrammeSettings>('/rss/settings', { ...draft, programme: draft.programme.trim() }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: settingsKey });
      notifications.show({
        color: 'teal',
        message: t('rssAdmin.programmes.saved', {
          name: result.programme || t('rssAdmin.programmes.default'),
        }),
      });
      onDone?.();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const programme = draft.programme.trim();
    const found = !fresh
      ? null
      : !programme
        ? t('validation.required')
        : taken.includes(programme)
          ? t('rssAdmin.programmes.taken')
          : null;
    setProblem(found);
    if (!found) save.mutate();
  }

  const errors = fieldErrors(save.error);
  const unchanged =
    !fresh && draft.schedule === saved.schedule && draft.thresholdScheme === saved.thresholdScheme;
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {fresh ? t('rssAdmin.programmes.addTitle') : name}
        </Title>
        {saved.programme === '' && !fresh && <Text size="sm">{t('rssAdmin.programmes.defaultHelp')}</Text>}
        {fresh && (
          <TextInput
            label={t('rssAdmin.programmes.name')}
            description={t('rssAdmin.programmes.nameHelp')}
            value={draft.programme}
            onChange={(e) => setDraft({ ...draft, programme: e.currentTarget.value })}
            error={problem ?? errors.programme}
            withAsterisk
            dir="auto"
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('rssAdmin.programmes.schedule')}
            value={draft.schedule}
            onChange={(e) =>
              setDraft({ ...draft, schedule: e.currentTarget.value as RssProgrammeSettings['schedule'] })
            }
            data={rssScheduleIds.map((id) => ({ value: id, label: t(`rssAdmin.schedules.${id}`) }))}
            error={errors.schedule}
          />
          <NativeSelect
            label={t('rssAdmin.programmes.scheme')}
            value={draft.thresholdScheme}
            onChange={(e) => setDraft({ ...draft, thresholdScheme: e.currentTarget.value })}
            data={schemes.map((s) => ({ value: s.id, label: schemeName(t, s) }))}
            error={errors.thresholdScheme}
          />
        </SimpleGrid>
        <ErrorNotice error={Object.keys(errors).length ? null : save.error} />
        <Group justify="flex-end">
          {fresh && (
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={save.isPending} disabled={unchanged}>
            {fresh ? (
              t('rssAdmin.programmes.add')
            ) : (
              <>
                {t('common.save')}
                <VisuallyHidden> {name}</VisuallyHidden>
              </>
            )}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Round schedules and threshold schemes: the default, and per programme as screening names it. */
export function ProgrammeSettingsSection() {
  const { t } = useTranslation();
  const settings = useRssSettings();
  const [adding, setAdding] = useState(false);
  const items = settings.data?.items ?? [];
  const schemes = settings.data?.thresholdSchemes ?? [];
  return (
    <Stack component="section" aria-labelledby="programmes-heading">
      <Group justify="space-between">
        <Title order={2} id="programmes-heading">
          {t('rssAdmin.programmes.title')}
        </Title>
        <Button onClick={() => setAdding(true)} disabled={adding || !settings.data}>
          {t('rssAdmin.programmes.addTitle')}
        </Button>
      </Group>
      <Text>{t('rssAdmin.programmes.intro')}</Text>
      <ErrorNotice error={settings.error} />
      {settings.data && (
        <Stack>
          {items.map((item) => (
            <ProgrammeForm
              // A save reloads the list: the form starts again from what was stored.
              key={`${item.programme}|${item.schedule}|${item.thresholdScheme}`}
              saved={item}
              schemes={schemes}
              taken={[]}
            />
          ))}
          {adding && (
            <ProgrammeForm
              saved={{ programme: '', schedule: 'handbook', thresholdScheme: 'handbook' }}
              schemes={schemes}
              taken={items.map((i) => i.programme)}
              fresh
              onDone={() => setAdding(false)}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
