import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  consentModeFor,
  currentInstrument,
  type InterviewLocation,
  interviewLocations,
  type RssRoundKind,
  rssRoundKinds,
} from '@reintegra/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import type { CaseFile, RssRound, RssRounds } from '../api/types.ts';
import { useMe } from '../auth/session.tsx';
import { caseKey } from '../cases/queries.ts';
import { ErrorNotice, useFieldErrors } from '../ui/errors.tsx';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { rssRoundsKey } from './queries.ts';
import { InterviewerOnCaseWarning, useInstrumentText } from './words.tsx';

/** Today on this device, as a calendar day: the interview happens where the interviewer is. */
function localToday(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** The round the schedule asks for next (the soonest open survey task), else baseline first, then interim. */
function suggestedKind(file: CaseFile, rounds: RssRound[]): RssRoundKind {
  const due = file.tasks
    .filter((task) => task.kind === 'survey' && task.status === 'open')
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .map((task) => task.topic)
    .find((topic): topic is RssRoundKind => (rssRoundKinds as readonly (string | null)[]).includes(topic));
  if (due) return due;
  return rounds.some((r) => r.status === 'completed') ? 'interim' : 'baseline';
}

/** What the last round recorded of the profile: the address seldom changes between rounds. */
function lastProfile(rounds: RssRound[]) {
  const profile = [...rounds].reverse().find((r) => Object.keys(r.profile).length > 0)?.profile ?? {};
  const text = (key: string) => (typeof profile[key] === 'string' ? (profile[key] as string) : '');
  const same = profile.sameCommunityAsOrigin;
  return {
    address: text('address'),
    province: text('province'),
    community: text('community'),
    sameCommunityAsOrigin: same === true ? 'yes' : same === false ? 'no' : '',
  };
}

/**
 * Begins a survey round: which round, where and when, the profile fields the
 * case does not hold, then the consent prompt read out to the returnee
 * (seed-002 L6640-L6644). Consent is written in person and explicit and
 * verbal by phone (footnote 98, L6623): the place decides, and the
 * interviewer is told which. A refusal is recorded too, and nothing is asked.
 */
export function StartRoundDialog({
  file,
  rounds,
  onClose,
}: {
  file: CaseFile;
  rounds: RssRound[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const fieldErrors = useFieldErrors();
  const instrumentText = useInstrumentText();
  const id = file.summary.id;
  const [kind, setKind] = useState<RssRoundKind>(() => suggestedKind(file, rounds));
  const [location, setLocation] = useState<InterviewLocation | ''>('');
  const [interviewedOn, setInterviewedOn] = useState(localToday);
  const [profile, setProfile] = useState(() => lastProfile(rounds));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const onCase = file.assignments.some((a) => a.userId === me.user.id);
  const prompt = instrumentText(currentInstrument.consentPrompt);

  const start = useMutation({
    mutationFn: ({ given, place }: { given: boolean; place: InterviewLocation }) => {
      const { sameCommunityAsOrigin, ...texts } = profile;
      const filled = Object.fromEntries(
        Object.entries(texts)
          .map(([key, value]) => [key, value.trim()] as const)
          .filter(([, value]) => value !== ''),
      );
      return api.post<RssRounds & { started: string }>(`/cases/${id}/rss-rounds`, {
        kind,
        location: place,
        interviewedOn,
        consent: { given, method: consentModeFor(place) },
        profile: {
          ...filled,
          ...(sameCommunityAsOrigin ? { sameCommunityAsOrigin: sameCommunityAsOrigin === 'yes' } : {}),
        },
      });
    },
    onSuccess: ({ started, ...answer }, { given }) => {
      queryClient.setQueryData(rssRoundsKey(id), answer);
      // The history now names the round.
      void queryClient.invalidateQueries({ queryKey: caseKey(id) });
      if (given) {
        notifications.show({ color: 'teal', message: t('survey.started') });
        navigate(`/cases/${id}/survey/${started}`);
      } else {
        notifications.show({ color: 'teal', message: t('survey.refusalSaved') });
        onClose();
      }
    },
  });

  function submit(given: boolean) {
    const found: Record<string, string> = {};
    if (!location) found.location = t('survey.chooseWhere');
    if (!interviewedOn) found.interviewedOn = t('validation.required');
    setProblems(found);
    if (location && interviewedOn) start.mutate({ given, place: location });
  }

  const errors = { ...fieldErrors(start.error), ...problems };
  const setText = (key: 'address' | 'province' | 'community') => (value: string) =>
    setProfile({ ...profile, [key]: value });
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('survey.startTitle', { name: file.summary.person.name })}
      size="lg"
    >
      <Stack>
        {onCase && <InterviewerOnCaseWarning />}
        <NativeSelect
          label={t('survey.kind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as RssRoundKind)}
          data={rssRoundKinds.map((k) => ({ value: k, label: t(`survey.kinds.${k}`) }))}
          error={errors.kind}
        />
        <Radio.Group
          label={t('survey.where')}
          value={location}
          onChange={(value) => {
            setLocation(value as InterviewLocation);
            setProblems({ ...problems, location: '' });
          }}
          error={errors.location || errors['consent.method']}
          withAsterisk
        >
          <Group gap="md" mt={4}>
            {interviewLocations.map((place) => (
              <Radio key={place} value={place} label={t(`survey.locations.${place}`)} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput
          type="date"
          label={t('survey.interviewedOn')}
          value={interviewedOn}
          onChange={(e) => setInterviewedOn(e.currentTarget.value)}
          error={errors.interviewedOn}
          withAsterisk
        />

        <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" fw={600} p={0}>
            {t('survey.profileTitle')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('survey.profileHelp')}
          </Text>
          <TextInput
            label={t('survey.address')}
            value={profile.address}
            onChange={(e) => setText('address')(e.currentTarget.value)}
            maxLength={500}
            dir="auto"
          />
          <TextInput
            label={t('survey.province')}
            value={profile.province}
            onChange={(e) => setText('province')(e.currentTarget.value)}
            maxLength={500}
            dir="auto"
          />
          <TextInput
            label={t('survey.community')}
            value={profile.community}
            onChange={(e) => setText('community')(e.currentTarget.value)}
            maxLength={500}
            dir="auto"
          />
          <Radio.Group
            label={t('survey.sameCommunity')}
            value={profile.sameCommunityAsOrigin}
            onChange={(value) => setProfile({ ...profile, sameCommunityAsOrigin: value })}
          >
            <Group gap="md" mt={4}>
              <Radio value="yes" label={t('common.yes')} />
              <Radio value="no" label={t('common.no')} />
              <Radio value="" label={t('survey.notKnown')} />
            </Group>
          </Radio.Group>
        </Stack>

        <Paper withBorder p="sm" bg="gray.0">
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('survey.consentTitle')}
            </Title>
            {prompt.lang && (
              <Text size="sm" c="dimmed">
                {t('survey.inEnglish')}
              </Text>
            )}
            <Stack gap="xs" lang={prompt.lang} dir={prompt.dir}>
              {prompt.text.split('\n\n').map((paragraph) => (
                <Text key={paragraph}>{paragraph}</Text>
              ))}
            </Stack>
          </Stack>
        </Paper>
        {location ? (
          <Alert color="blue" c="blue.9" variant="light">
            {t(`survey.consentHow.${consentModeFor(location)}`)}
          </Alert>
        ) : (
          <Text size="sm">{t('survey.chooseWhereFirst')}</Text>
        )}
        <ErrorNotice error={start.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            variant="outline"
            color="red"
            onClick={() => submit(false)}
            loading={start.isPending && start.variables?.given === false}
            disabled={start.isPending}
          >
            {t('survey.refuses')}
          </Button>
          <Button
            onClick={() => submit(true)}
            loading={start.isPending && start.variables?.given === true}
            disabled={start.isPending}
          >
            {t('survey.agrees')}
          </Button>
        </Group>
      </Stack>
    </ResponsiveModal>
  );
}
