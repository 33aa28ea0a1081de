import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import type { CaseFile, Household, HouseholdMember } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Ltr } from '../../ui/Ltr.tsx';
import { useCaseCommand } from '../queries.ts';
import { AddMemberDialog } from './AddMemberDialog.tsx';
import { ChangeMemberDialog } from './ChangeMemberDialog.tsx';
import { ageOf } from './household.ts';
import { OpenMemberCaseDialog } from './OpenMemberCaseDialog.tsx';
import { Section } from './Section.tsx';

/** One member: who, how related, how old, whether they come back too, and their own case. */
function MemberItem({
  member,
  self,
  working,
  onOpenCase,
  onChange,
  onLeave,
}: {
  member: HouseholdMember;
  /** The person of the case on screen. */
  self: boolean;
  working: boolean;
  onOpenCase: () => void;
  onChange: () => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const age = ageOf(member);
  const reference = member.relationship === 'reference_person';
  // Each button names the member it acts on: a screen reader lists buttons out of their card.
  const about = (label: string) => ({ 'aria-label': `${label}: ${member.name}` });
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600} dir="auto">
            {member.name}
          </Text>
          <Badge variant="light" color="blue" c="blue.9" tt="none">
            {t(`relationships.${member.relationship}`)}
          </Badge>
          {member.child && (
            <Badge variant="light" color="grape" c="grape.9" tt="none">
              {t('household.child')}
            </Badge>
          )}
          {self && (
            <Badge variant="outline" color="dark" tt="none">
              {t('household.thisCase')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {t(`sexes.${member.sex}`)} ·{' '}
          {age === null ? t('household.ageUnknown') : t('household.age', { age })} ·{' '}
          {member.returnsTogether ? t('household.returnsTogether') : t('household.staysBehind')}
        </Text>
        {member.case && !self && (
          <Text size="sm">
            {t('household.ownCase')}{' '}
            <Anchor component={Link} to={`/cases/${member.case.id}`} fw={600}>
              <Ltr>{member.case.reference}</Ltr>
            </Anchor>
          </Text>
        )}
        {working && (
          <Group gap="xs">
            {/* Each child is their own rights holder with their own case (seed-002 Module 6, L3918). */}
            {!member.case && !self && (
              <Button
                size="xs"
                variant={member.child ? 'filled' : 'default'}
                onClick={onOpenCase}
                {...about(member.child ? t('household.openChildCase') : t('household.openCase'))}
              >
                {member.child ? t('household.openChildCase') : t('household.openCase')}
              </Button>
            )}
            {!reference && (
              <>
                <Button size="xs" variant="default" onClick={onChange} {...about(t('household.change'))}>
                  {t('household.change')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={onLeave}
                  {...about(t('household.leave'))}
                >
                  {t('household.leave')}
                </Button>
              </>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

type Dialog = { kind: 'add' } | { kind: 'change' | 'leave' | 'openCase'; memberId: string } | null;

/**
 * The people the person returns with and the relatives who stay behind, each
 * their own person record, related to the household's reference person.
 */
export function HouseholdSection({ file, onReload }: { file: CaseFile; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const id = file.summary.id;
  const household: Household | null = file.household;
  const working = can('cases.write') && file.summary.status !== 'closed';
  const close = () => setDialog(null);

  const { command: leave } = useCaseCommand(
    id,
    (member: HouseholdMember) =>
      api.patch<CaseFile>(`/cases/${id}/household/members/${member.id}`, {
        version: household?.version,
        leaves: true,
      }),
    { saved: () => t('household.left'), done: close },
  );

  // Looked up in the file each time, so that a dialog follows the household's latest version.
  const member =
    dialog && dialog.kind !== 'add' ? household?.members.find((m) => m.id === dialog.memberId) : undefined;
  return (
    <Section
      id="household-heading"
      title={t('household.title')}
      action={
        working && (
          <Button variant="light" onClick={() => setDialog({ kind: 'add' })}>
            {t('household.add')}
          </Button>
        )
      }
    >
      {!household || household.members.length === 0 ? (
        <Text>{t('household.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {household.members.map((m) => (
            <MemberItem
              key={m.id}
              member={m}
              self={m.personId === file.person.id}
              working={working}
              onOpenCase={() => setDialog({ kind: 'openCase', memberId: m.id })}
              onChange={() => setDialog({ kind: 'change', memberId: m.id })}
              onLeave={() => {
                leave.reset();
                setDialog({ kind: 'leave', memberId: m.id });
              }}
            />
          ))}
        </Stack>
      )}
      {dialog?.kind === 'add' && <AddMemberDialog file={file} onClose={close} />}
      {dialog?.kind === 'change' && member && household && (
        <ChangeMemberDialog
          file={file}
          household={household}
          member={member}
          onReload={onReload}
          onClose={close}
        />
      )}
      {dialog?.kind === 'openCase' && member && (
        <OpenMemberCaseDialog file={file} member={member} onClose={close} />
      )}
      <ConfirmDialog
        opened={dialog?.kind === 'leave' && !!member}
        title={t('household.leaveTitle')}
        message={member ? t('household.leaveMessage', { name: member.name }) : ''}
        confirmLabel={t('household.leave')}
        danger
        busy={leave.isPending}
        error={leave.error}
        onConfirm={() => member && leave.mutate(member)}
        onClose={close}
      />
    </Section>
  );
}
