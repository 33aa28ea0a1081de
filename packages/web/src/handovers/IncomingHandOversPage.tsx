import {
  Button,
  Card,
  Center,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOrganisation } from '../admin/organisation/queries.ts';
import { api } from '../api/client.ts';
import type { HandOver } from '../api/types.ts';
import { useMe, useSession } from '../auth/session.tsx';
import { casesKey } from '../cases/queries.ts';
import { ErrorNotice, useFieldErrors } from '../ui/errors.tsx';
import { Fact } from '../ui/Fact.tsx';
import { useDates } from '../ui/format.ts';
import { Ltr } from '../ui/Ltr.tsx';
import { ReasonDialog } from '../ui/ReasonDialog.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { handOversKey, useIncomingHandOvers } from './queries.ts';

/** A note written by the sending caseworker, in whichever language they write. */
function Note({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <Fact label={label}>
      <Text span size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    </Fact>
  );
}

/**
 * One hand-over waiting for this mission: who is coming, when, and what they
 * need. Accepting brings the case to the user's office (or the one chosen, for
 * someone without an office) and opens it; returning needs a reason.
 */
function HandOverCard({ handOver }: { handOver: HandOver }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { user } = useMe();
  const dates = useDates();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const fieldErrors = useFieldErrors();
  const { missionName, offices } = useOrganisation();
  const [officeId, setOfficeId] = useState('');
  const [returning, setReturning] = useState(false);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: handOversKey });
    void queryClient.invalidateQueries({ queryKey: casesKey });
  };

  const accept = useMutation({
    mutationFn: () =>
      api.post<HandOver>(`/hand-overs/${handOver.id}/accept`, {
        version: handOver.version,
        ...(officeId ? { officeId } : {}),
      }),
    onSuccess: () => {
      refresh();
      notifications.show({ color: 'teal', message: t('handOvers.accepted') });
      void navigate(`/cases/${handOver.caseId}`);
    },
  });
  const giveBack = useMutation({
    mutationFn: (reason: string) =>
      api.post<HandOver>(`/hand-overs/${handOver.id}/return`, { version: handOver.version, reason }),
    onSuccess: () => {
      refresh();
      notifications.show({ color: 'teal', message: t('handOvers.returned') });
      setReturning(false);
    },
  });

  const headingId = `hand-over-${handOver.id}`;
  const writer = can('cases.write');
  // Staff placed in an office take the case there; others say which office of the mission takes it.
  const officeChoices = offices.filter((o) => o.missionId === handOver.toMissionId && o.active);
  return (
    <Card component="article" aria-labelledby={headingId} withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          <Ltr>{handOver.case.reference}</Ltr> · <span dir="auto">{handOver.case.person.name}</span>
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} m={0}>
          <Fact label={t('handOvers.expectedArrivalShort')}>
            {handOver.expectedArrival ? dates.day(handOver.expectedArrival) : t('handOvers.notKnown')}
          </Fact>
          <Fact label={t('handOvers.from')}>{missionName(handOver.fromMissionId) || '—'}</Fact>
          <Fact label={t('handOvers.sentAt')}>{dates.dateTime(handOver.sentAt)}</Fact>
          <Note label={t('handOvers.needs')} text={handOver.needs} />
          <Note label={t('handOvers.vulnerabilities')} text={handOver.vulnerabilities} />
          <Note label={t('handOvers.plannedAssistance')} text={handOver.plannedAssistance} />
          <Note label={t('handOvers.arrivalDetails')} text={handOver.arrivalDetails} />
        </SimpleGrid>
        {writer && !user.officeId && (
          <NativeSelect
            label={t('cases.chooseOffice')}
            value={officeId}
            onChange={(e) => setOfficeId(e.currentTarget.value)}
            data={[
              { value: '', label: t('cases.choose') },
              ...officeChoices.map((o) => ({ value: o.id, label: o.name })),
            ]}
            error={fieldErrors(accept.error).officeId}
            maw={360}
          />
        )}
        <ErrorNotice error={accept.error} />
        <Group gap="xs">
          {writer && (
            <>
              <Button onClick={() => accept.mutate()} loading={accept.isPending}>
                {t('handOvers.accept')}
              </Button>
              <Button variant="default" onClick={() => setReturning(true)}>
                {t('handOvers.return')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
      {returning && (
        <ReasonDialog
          title={t('handOvers.returnTitle')}
          message={handOver.case.reference}
          confirmLabel={t('handOvers.return')}
          busy={giveBack.isPending}
          error={giveBack.error}
          onReload={() => {
            refresh();
            setReturning(false);
          }}
          onConfirm={(reason) => giveBack.mutate(reason)}
          onClose={() => setReturning(false)}
        />
      )}
    </Card>
  );
}

/** The receiving mission's queue of hand-overs, soonest arrival first. */
export function IncomingHandOversPage() {
  const { t } = useTranslation();
  usePageTitle(t('handOvers.incomingTitle'));
  const incoming = useIncomingHandOvers();
  const items = incoming.data?.items ?? [];
  return (
    <Stack>
      <Stack gap={4}>
        <Title order={1}>{t('handOvers.incomingTitle')}</Title>
        <Text>{t('handOvers.incomingIntro')}</Text>
      </Stack>
      <ErrorNotice error={incoming.error} />
      {incoming.isPending ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : items.length === 0 ? (
        <Text>{t('handOvers.none')}</Text>
      ) : (
        items.map((h) => <HandOverCard key={h.id} handOver={h} />)
      )}
    </Stack>
  );
}
