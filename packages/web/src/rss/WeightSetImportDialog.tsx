import {
  Alert,
  Button,
  Checkbox,
  Code,
  FileInput,
  Group,
  List,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client.ts';
import type { RssWeightSetInput } from '../api/types.ts';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { weightSetsKey } from './queries.ts';
import { fieldLabel, useProblemWording, useRssDescribeError } from './words.tsx';

type Format = 'json' | 'csv';

/** What a CSV file does not say about itself: it travels in the query of the upload. */
interface About {
  id: string;
  version: number | string;
  label: string;
  source: string;
  provisional: boolean;
  country: string;
}
const aboutFields = ['id', 'version', 'label', 'source', 'country'] as const;

// What a file looks like, as the API documents it (the weights here are an example, not IOM's).
const jsonExample = `{
  "id": "iom-global", "version": 1,
  "label": "IOM global weights", "source": "IOM methodological note, 2025",
  "provisional": false, "country": null,
  "dimensions": {
    "economic": { "q1": 1, "q2": 2, … },
    "social": { "q11": 1, … },
    "psychosocial": { "q22": 1, … }
  },
  "composite": { "q1": 1, "q2": 2, … }
}`;
const csvExample = `part,question,weight
economic,q1,1
economic,q2,2
social,q11,1
psychosocial,q22,1
composite,q2,2`;

/** A file the browser could not read as a weight set, before anything is sent. */
class UnreadableFile extends Error {}

/**
 * Imports a weight set: a JSON file with the whole set (the shape the API
 * documents), or a CSV file of `part,question,weight` lines with what the set
 * is given in the form. Every problem the server finds is listed with where it
 * is; those about the form's fields are shown under them too.
 */
export function WeightSetImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const describe = useRssDescribeError();
  const wording = useProblemWording();
  const problemsId = useId();
  const [format, setFormat] = useState<Format>('json');
  const [file, setFile] = useState<File | null>(null);
  const [about, setAbout] = useState<About>({
    id: '',
    version: 1,
    label: '',
    source: '',
    provisional: false,
    country: '',
  });
  const [missing, setMissing] = useState<Record<string, string>>({});

  const save = useMutation({
    mutationFn: async (chosen: File): Promise<RssWeightSetInput> => {
      if (format === 'csv') {
        return api.upload<RssWeightSetInput>(
          '/rss/weight-sets/csv',
          chosen,
          {
            id: about.id.trim(),
            version: about.version,
            label: about.label.trim(),
            source: about.source.trim(),
            provisional: about.provisional,
            country: about.country,
          },
          'text/csv',
        );
      }
      let set: unknown;
      try {
        set = JSON.parse(await chosen.text());
      } catch {
        throw new UnreadableFile();
      }
      if (typeof set !== 'object' || set === null || Array.isArray(set)) throw new UnreadableFile();
      return api.post<RssWeightSetInput>('/rss/weight-sets', set);
    },
    onSuccess: async (set) => {
      await queryClient.invalidateQueries({ queryKey: weightSetsKey });
      notifications.show({
        color: 'teal',
        message: t('rssAdmin.weights.imported', { label: set.label, version: set.version }),
      });
      onClose();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.reset();
    const found: Record<string, string> = {};
    if (!file) found.file = t('validation.required');
    if (format === 'csv') {
      if (!about.id.trim()) found.id = t('validation.required');
      if (!about.label.trim()) found.label = t('validation.required');
      if (!about.source.trim()) found.source = t('validation.required');
      if (typeof about.version !== 'number' || about.version < 1) found.version = t('validation.required');
      if (about.country && !/^[A-Z]{2}$/.test(about.country)) found.country = t('validation.countryCode');
    }
    setMissing(found);
    if (file && Object.keys(found).length === 0) save.mutate(file);
  }

  // The server's problems: those about the form's own fields go under them, all are listed.
  const problems = save.error instanceof ApiError ? save.error.fields : [];
  const byField: Record<string, string> = {};
  for (const p of problems) {
    const name = p.field.replace(/^(querystring|query)\./, '');
    if (format === 'csv' && (aboutFields as readonly string[]).includes(name)) byField[name] ??= wording(p);
  }
  const errors = { ...byField, ...missing };
  const unreadable = save.error instanceof UnreadableFile;
  // The list is below the form: bring it into view when the server has answered with it.
  const problemsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) problemsRef.current?.scrollIntoView({ block: 'nearest' });
  }, [problems]);

  return (
    <ResponsiveModal opened onClose={onClose} title={t('rssAdmin.weights.importTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id={`${problemsId}-format`}>
              {t('rssAdmin.weights.format')}
            </Text>
            <SegmentedControl
              aria-labelledby={`${problemsId}-format`}
              value={format}
              onChange={(value) => {
                setFormat(value as Format);
                setFile(null);
                setMissing({});
                save.reset();
              }}
              data={[
                { value: 'json', label: t('rssAdmin.weights.formatJson') },
                { value: 'csv', label: t('rssAdmin.weights.formatCsv') },
              ]}
            />
          </Stack>
          <Text size="sm">
            {format === 'json' ? t('rssAdmin.weights.jsonHelp') : t('rssAdmin.weights.csvHelp')}
          </Text>
          {/* Wrapped rather than scrolled: on a phone a sideways-scrolling box would need keyboard access of its own. */}
          <Code block dir="ltr" lang="en" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {format === 'json' ? jsonExample : csvExample}
          </Code>
          <FileInput
            label={format === 'json' ? t('rssAdmin.weights.jsonFile') : t('rssAdmin.weights.csvFile')}
            placeholder={t('rssAdmin.weights.choose')}
            accept={format === 'json' ? '.json,application/json' : '.csv,text/csv'}
            value={file}
            onChange={(next) => {
              setFile(next);
              save.reset();
            }}
            error={missing.file ?? (unreadable ? t('rssAdmin.weights.notJson') : undefined)}
            clearable
            clearButtonProps={{ 'aria-label': t('rssAdmin.weights.clearFile') }}
            withAsterisk
          />
          {format === 'csv' && (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('rssAdmin.fields.id')}
                  description={t('rssAdmin.weights.idHelp')}
                  value={about.id}
                  onChange={(e) => setAbout({ ...about, id: e.currentTarget.value })}
                  error={errors.id}
                  withAsterisk
                  dir="ltr"
                  autoCapitalize="none"
                />
                <NumberInput
                  label={t('rssAdmin.fields.version')}
                  description={t('rssAdmin.weights.versionHelp')}
                  value={about.version}
                  onChange={(value) => setAbout({ ...about, version: value })}
                  error={errors.version}
                  min={1}
                  allowDecimal={false}
                  allowNegative={false}
                  withAsterisk
                />
              </SimpleGrid>
              <TextInput
                label={t('rssAdmin.fields.label')}
                value={about.label}
                onChange={(e) => setAbout({ ...about, label: e.currentTarget.value })}
                error={errors.label}
                withAsterisk
                dir="auto"
              />
              <TextInput
                label={t('rssAdmin.fields.source')}
                description={t('rssAdmin.weights.sourceHelp')}
                value={about.source}
                onChange={(e) => setAbout({ ...about, source: e.currentTarget.value })}
                error={errors.source}
                withAsterisk
                dir="auto"
              />
              <TextInput
                label={t('rssAdmin.fields.country')}
                description={t('rssAdmin.weights.countryHelp')}
                value={about.country}
                onChange={(e) =>
                  setAbout({ ...about, country: e.currentTarget.value.toUpperCase().slice(0, 2) })
                }
                error={errors.country}
                dir="ltr"
                autoCapitalize="characters"
              />
              <Checkbox
                label={t('rssAdmin.fields.provisional')}
                description={t('rssAdmin.weights.provisionalHelp')}
                checked={about.provisional}
                onChange={(e) => setAbout({ ...about, provisional: e.currentTarget.checked })}
              />
            </>
          )}
          {problems.length > 0 && (
            <Alert color="red" variant="light" role="alert" ref={problemsRef}>
              <Text size="sm" fw={700} mb={4}>
                {t('rssAdmin.weights.problems')}
              </Text>
              <List size="sm" spacing={4}>
                {problems.map((p) => (
                  <List.Item key={`${p.field}-${p.code}-${p.message}`}>
                    <Text span fw={600} size="sm">
                      {fieldLabel(t, p.field)}
                    </Text>
                    {': '}
                    {wording(p)}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {save.error && !unreadable && problems.length === 0 && (
            <Alert color="red" variant="light" role="alert">
              {describe(save.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('rssAdmin.weights.import')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
