import { Badge, Button, SimpleGrid, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisation } from '../../admin/organisation/queries.ts';
import { api } from '../../api/client.ts';
import type { CaseFile, HandOver } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { handOversKey, latestHandOverId, useHandOver } from '../../handovers/queries.ts';
import { ErrorNotice } from '../../ui/errors.tsx';
import { Fact } from '../../ui/Fact.tsx';
import { useDates } from '../../ui/format.ts';
import { ReasonDialog } from '../../ui/ReasonDialog.tsx';
import { caseKey } from '../queries.ts';
import { Section } from './Section.tsx';

// Shades whose darkest text keeps 4.5:1 on their pale background (yellow does not).
const statusColours: Record<HandOver['status'], string> = {
  pending: 'blue',
  accepted: 'teal',
  returned: 'red',
  cancelled: 'gray',
};

/** Where the case's latest hand-over stands; the sending side may withdraw it while it waits. */
export function HandOverSection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const dates = useDates();
  const { missionName } = useOrganisation();
  const queryClient = useQueryClient();
  const handOver = useHandOver(latestHandOverId(file));
  const [cancelling, setCancelling] = useState(false);

  const cancel = useMutation({
    mutationFn: (input: { version: number; reason: string }) =>
      api.post<HandOver>(`/hand-overs/${handOver.data?.id}/cancel`, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKey(file.summary.id) });
      void queryClient.invalidateQueries({ queryKey: handOversKey });
      notifications.show({ color: 'teal', message: t('handOvers.cancelled') });
      setCancelling(false);
    },
  });
  const reload = useMutation({ mutationFn: () => handOver.refetch(), onSuccess: () => cancel.reset() });

  const h = handOver.data;
  if (!h) return handOver.error ? <ErrorNotice error={handOver.error} /> : null;
  // While it waits, the case is still held by the sending mission: whoever works it there may withdraw it.
  const sendingSide = h.status === 'pending' && file.summary.missionId === h.fromMissionId;
  const colour = statusColours[h.status];
  return (
    <Section
      id="hand-over-heading"
      title={t('handOvers.statusTitle')}
      action={
        sendingSide &&
        can('cases.write') && (
          <Button variant="default" onClick={() => setCancelling(true)}>
            {t('handOvers.cancel')}
          </Button>
        )
      }
    >
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} m={0}>
        <Fact label={t('cases.status')}>
          <Badge color={colour} c={`${colour}.9`} variant="light" tt="none">
            {t(`handOvers.statuses.${h.status}`)}
          </Badge>
        </Fact>
        <Fact label={t('handOvers.sentTo')}>{missionName(h.toMissionId) || '—'}</Fact>
        <Fact label={t('handOvers.sentAt')}>{dates.dateTime(h.sentAt)}</Fact>
        <Fact label={t('handOvers.expectedArrivalShort')}>
          {h.expectedArrival ? dates.day(h.expectedArrival) : t('handOvers.notKnown')}
        </Fact>
        <Fact label={t('handOvers.needs')}>
          <Text span size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {h.needs}
          </Text>
        </Fact>
        {h.decisionReason && (
          <Fact label={t('handOvers.decisionReason')}>
            <Text span size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
              {h.decisionReason}
            </Text>
          </Fact>
        )}
      </SimpleGrid>
      {cancelling && (
        <ReasonDialog
          title={t('handOvers.cancelTitle')}
          confirmLabel={t('handOvers.cancel')}
          busy={cancel.isPending}
          error={cancel.error ?? reload.error}
          onReload={() => reload.mutate()}
          onConfirm={(reason) => cancel.mutate({ version: h.version, reason })}
          onClose={() => setCancelling(false)}
        />
      )}
    </Section>
  );
}
