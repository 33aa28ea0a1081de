import { Button, Fieldset, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import {
  type BaselineScores,
  type PlanContent,
  planBudget,
  planChanges,
  referralsToMake,
  revisionNeedsReason,
} from '@reintegra/domain';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client.ts';
import { useScoreFormat } from '../survey/words.tsx';
import { useDates } from '../ui/format.ts';
import { ReasonDialog } from '../ui/ReasonDialog.tsx';
import { StaleVersionNotice } from '../ui/StaleVersionNotice.tsx';
import { CommunityMemberDialog } from './CommunityMemberDialog.tsx';
import { GoodsLineDialog } from './GoodsLineDialog.tsx';
import { GrantDialog } from './GrantDialog.tsx';
import { ImmediateLineDialog } from './ImmediateLineDialog.tsx';
import { LongTermLineDialog } from './LongTermLineDialog.tsx';
import { usePlanCommand } from './queries.ts';
import type { PlanPage } from './types.ts';
import { assistanceName, PlanErrorNotice, useMoney } from './words.tsx';

type ListSection = 'immediate' | 'longTerm' | 'goods' | 'grants' | 'community';
/** The line being written: its section and its place in the list, null for a new one. */
type Editing = { section: ListSection; index: number | null } | null;

/** The lines of one list section, each with its edit and remove buttons, and the button to add one. */
function LineList({
  legend,
  names,
  addLabel,
  onAdd,
  onEdit,
  onRemove,
  children,
}: {
  legend: string;
  /** Each line in a few words, for the buttons' names. */
  names: string[];
  addLabel: string;
  onAdd: () => void;
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={legend}>
      <Stack gap="xs">
        {children}
        {names.length > 0 && (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={legend}>
            {names.map((name, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a line is named and edited by its place in the draft
              <Paper component="li" key={i} withBorder p="xs">
                <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm" dir="auto" style={{ overflowWrap: 'anywhere' }}>
                    {name}
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => onEdit(i)}
                      aria-label={t('plans.editor.changeNamed', { name })}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => onRemove(i)}
                      aria-label={t('plans.editor.removeNamed', { name })}
                    >
                      {t('plans.editor.remove')}
                    </Button>
                  </Group>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
        <div>
          <Button variant="light" size="sm" onClick={onAdd}>
            {addLabel}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}

/** The baseline scores: taken from the latest scored survey round, never typed (Annex 3, 5). */
function BaselineField({
  baseline,
  latest,
  onTake,
}: {
  baseline: BaselineScores | null;
  latest: BaselineScores | null;
  onTake: (latest: BaselineScores) => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const score = useScoreFormat();
  const scores = (b: BaselineScores) =>
    t('plans.editor.baselineScores', {
      date: dates.day(b.measuredOn),
      economic: score.score(b.economic),
      social: score.score(b.social),
      psychosocial: score.score(b.psychosocial),
      composite: score.score(b.composite),
    });
  return (
    <Fieldset legend={t('plans.parts.baseline')}>
      <Stack gap="xs">
        <Text size="sm">{baseline ? scores(baseline) : t('plans.noBaseline')}</Text>
        {!latest && <Text size="sm">{t('plans.editor.noScoredRound')}</Text>}
        {latest && latest.roundId !== baseline?.roundId && (
          <div>
            <Button variant="light" size="sm" onClick={() => onTake(latest)}>
              {t('plans.editor.takeBaseline', { date: dates.day(latest.measuredOn) })}
            </Button>
          </div>
        )}
      </Stack>
    </Fieldset>
  );
}

/**
 * Writes the plan with the returnee, section by section as Annex 3 lays it
 * out. Lines are added in dialogs to a draft; saving makes one version: the
 * first, or a new one that the returnee agrees to again, with the reason for
 * the change once any version was agreed.
 */
export function PlanEditor({
  caseId,
  page,
  initial,
  onReload,
  onDone,
}: {
  caseId: string;
  page: PlanPage;
  initial: PlanContent;
  onReload: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const [draft, setDraft] = useState(initial);
  const [editing, setEditing] = useState<Editing>(null);
  const [askingReason, setAskingReason] = useState(false);
  const [unchanged, setUnchanged] = useState(false);
  const plan = page.plan;
  const currency = planBudget(draft)[0]?.currency ?? '';

  const save = usePlanCommand(
    caseId,
    (reason: string) =>
      plan
        ? api.put<PlanPage>(`/cases/${caseId}/plan`, {
            basedOnVersion: plan.currentVersion,
            content: draft,
            reason,
          })
        : api.post<PlanPage>(`/cases/${caseId}/plan`, { content: draft }),
    {
      saved: (next) => t('plans.editor.saved', { number: next.plan?.currentVersion ?? 1 }),
      done: onDone,
    },
  );
  const stale = save.error instanceof ApiError && save.error.code === 'stale_version';

  function submit() {
    save.reset();
    setUnchanged(false);
    if (!plan) return save.mutate('');
    if (planChanges(plan.content, draft).length === 0) return setUnchanged(true);
    const agreedBefore = revisionNeedsReason(
      plan.versions.map((v) => ({ consentedAt: v.consent?.at ?? null })),
    );
    if (agreedBefore) setAskingReason(true);
    else save.mutate('');
  }

  const set = (changes: Partial<PlanContent>) => setDraft({ ...draft, ...changes });
  /** Puts the line from a dialog in its place, or at the end when it is new. */
  function keep<T>(list: T[], line: T): T[] {
    const index = editing?.index ?? null;
    return index === null ? [...list, line] : list.map((l, i) => (i === index ? line : l));
  }
  function remove(section: ListSection, index: number) {
    const rest = { [section]: (draft[section] as unknown[]).filter((_, i) => i !== index) };
    // A grant that paid for a removed line no longer names it: the server refuses an unknown line.
    const gone = section === 'longTerm' ? draft.longTerm[index]?.id : undefined;
    const grants = draft.grants.map((g) => (gone && g.lineId === gone ? { ...g, lineId: null } : g));
    set({ grants, ...rest } as Partial<PlanContent>);
  }
  const edit = (section: ListSection) => ({
    onAdd: () => setEditing({ section, index: null }),
    onEdit: (index: number) => setEditing({ section, index }),
    onRemove: (index: number) => remove(section, index),
  });
  const at = <T,>(list: T[]) => (editing?.index === null || !editing ? null : (list[editing.index] ?? null));
  const close = () => setEditing(null);
  const summaryField = (d: 'economic' | 'social' | 'psychosocial') => (
    <Textarea
      key={d}
      label={t(`survey.dimensions.${d}`)}
      value={draft.summary[d]}
      onChange={(e) => set({ summary: { ...draft.summary, [d]: e.currentTarget.value } })}
      autosize
      minRows={2}
      maxLength={4000}
      dir="auto"
    />
  );

  return (
    <Stack gap="md">
      <Text size="sm">{plan ? t('plans.editor.reviseIntro') : t('plans.editor.startIntro')}</Text>
      <TextInput
        label={t('plans.placeOfReturn')}
        description={t('plans.placeOfReturnHelp')}
        value={draft.placeOfReturn}
        onChange={(e) => set({ placeOfReturn: e.currentTarget.value })}
        maxLength={300}
        dir="auto"
      />
      <Fieldset legend={t('plans.parts.summary')}>
        <Stack gap="sm">{(['economic', 'social', 'psychosocial'] as const).map(summaryField)}</Stack>
      </Fieldset>
      <LineList
        legend={t('plans.immediate')}
        names={draft.immediate.map((l) =>
          [t(`plans.immediateKinds.${l.kind}`), l.detail, l.amount && money(l.amount)]
            .filter(Boolean)
            .join(' · '),
        )}
        addLabel={t('plans.editor.addImmediate')}
        {...edit('immediate')}
      />
      <LineList
        legend={t('plans.longTerm')}
        names={draft.longTerm.map((l) =>
          [
            assistanceName(t, l.kind, l.detail),
            l.needsReferral && t('plans.referralYes', { agency: l.referralAgency }),
          ]
            .filter(Boolean)
            .join(' · '),
        )}
        addLabel={t('plans.editor.addLongTerm')}
        {...edit('longTerm')}
      />
      <LineList
        legend={t('plans.parts.goods')}
        names={draft.goods.map((g) => `${g.description} · ${money(g.estimatedCost)}`)}
        addLabel={t('plans.editor.addGoods')}
        {...edit('goods')}
      />
      <LineList
        legend={t('plans.grants')}
        names={draft.grants.map((g) =>
          t('plans.editor.grantSummary', {
            purpose: g.purpose,
            tranches: g.tranches.map((tr) => money(tr.amount)).join(' + '),
          }),
        )}
        addLabel={t('plans.editor.addGrant')}
        {...edit('grants')}
      />
      <Fieldset legend={t('plans.parts.referrals')}>
        <Text size="sm">
          {referralsToMake(draft).length === 0
            ? t('plans.editor.referralsNone')
            : t('plans.editor.referralsFromLines', {
                agencies: referralsToMake(draft)
                  .map((r) => r.agency)
                  .join(', '),
              })}
        </Text>
      </Fieldset>
      <BaselineField
        baseline={draft.baseline}
        latest={page.latestBaseline}
        onTake={(baseline) => set({ baseline })}
      />
      <LineList
        legend={t('plans.parts.community')}
        names={draft.community.map((m) => [m.name, m.role].filter(Boolean).join(' · '))}
        addLabel={t('plans.editor.addMember')}
        {...edit('community')}
      />
      <Fieldset legend={t('plans.parts.followUp')}>
        <Stack gap="sm">
          <Textarea
            label={t('plans.monitoring')}
            description={t('plans.monitoringHelp')}
            value={draft.monitoring}
            onChange={(e) => set({ monitoring: e.currentTarget.value })}
            autosize
            minRows={2}
            maxLength={4000}
            dir="auto"
          />
          <Textarea
            label={t('plans.exitStrategy')}
            description={t('plans.exitStrategyHelp')}
            value={draft.exitStrategy}
            onChange={(e) => set({ exitStrategy: e.currentTarget.value })}
            autosize
            minRows={2}
            maxLength={4000}
            dir="auto"
          />
        </Stack>
      </Fieldset>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('plans.doneOn')}
          value={draft.doneOn ?? ''}
          onChange={(e) => set({ doneOn: e.currentTarget.value || null })}
        />
        <TextInput
          label={t('plans.doneAt')}
          value={draft.doneAt}
          onChange={(e) => set({ doneAt: e.currentTarget.value })}
          maxLength={300}
          dir="auto"
        />
      </SimpleGrid>
      {unchanged && (
        <Text size="sm" role="status">
          {t('plans.errors.no_change')}
        </Text>
      )}
      {stale ? <StaleVersionNotice onReload={onReload} /> : <PlanErrorNotice error={save.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button onClick={submit} loading={save.isPending && !askingReason} disabled={stale}>
          {t('plans.editor.save')}
        </Button>
      </Group>

      {editing?.section === 'immediate' && (
        <ImmediateLineDialog
          line={at(draft.immediate)}
          currency={currency}
          onKeep={(line) => {
            set({ immediate: keep(draft.immediate, line) });
            close();
          }}
          onClose={close}
        />
      )}
      {editing?.section === 'longTerm' && (
        <LongTermLineDialog
          line={at(draft.longTerm)}
          onKeep={(line) => {
            set({ longTerm: keep(draft.longTerm, line) });
            close();
          }}
          onClose={close}
        />
      )}
      {editing?.section === 'goods' && (
        <GoodsLineDialog
          line={at(draft.goods)}
          currency={currency}
          onKeep={(line) => {
            set({ goods: keep(draft.goods, line) });
            close();
          }}
          onClose={close}
        />
      )}
      {editing?.section === 'grants' && (
        <GrantDialog
          grant={at(draft.grants)}
          lines={draft.longTerm}
          currency={currency}
          onKeep={(grant) => {
            set({ grants: keep(draft.grants, grant) });
            close();
          }}
          onClose={close}
        />
      )}
      {editing?.section === 'community' && (
        <CommunityMemberDialog
          member={at(draft.community)}
          onKeep={(member) => {
            set({ community: keep(draft.community, member) });
            close();
          }}
          onClose={close}
        />
      )}
      {askingReason && (
        <ReasonDialog
          title={t('plans.editor.reasonTitle')}
          message={t('plans.editor.reasonMessage', { number: (plan?.currentVersion ?? 0) + 1 })}
          confirmLabel={t('plans.editor.save')}
          busy={save.isPending}
          onConfirm={(reason) => save.mutate(reason, { onSettled: () => setAskingReason(false) })}
          onClose={() => setAskingReason(false)}
        />
      )}
    </Stack>
  );
}
