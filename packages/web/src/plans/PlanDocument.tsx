import { Badge, Box, Button, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import {
  type LongTermAssistanceLine,
  type PlanChangeKind,
  type PlanContent,
  referralsToMake,
  totalsByCurrency,
} from '@reintegra/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreKeys, useScoreFormat } from '../survey/words.tsx';
import { Fact } from '../ui/Fact.tsx';
import { useDates } from '../ui/format.ts';
import { Ltr } from '../ui/Ltr.tsx';
import { assistanceName, dimensionName, longTermGroups, useMoney } from './words.tsx';

type Level = 2 | 3 | 4 | 5;

/** What differs from another version: sections by key, lines by id; drawn marked, in words and colour. */
export interface PlanMarks {
  sections: ReadonlySet<string>;
  lines: ReadonlyMap<string, PlanChangeKind>;
}

const markStyle = {
  background: 'var(--mantine-color-yellow-0)',
  borderInlineStart: '4px solid var(--mantine-color-yellow-6)',
  paddingInlineStart: 'var(--mantine-spacing-xs)',
} as const;

function ChangeBadge({ change }: { change: PlanChangeKind }) {
  const { t } = useTranslation();
  return (
    <Badge color="grape" c="grape.9" variant="light" tt="none" size="sm">
      {t(`plans.changeKinds.${change}`)}
    </Badge>
  );
}

/** One numbered part of the template: its heading, marked when it differs from the compared version. */
function Part({
  level,
  title,
  changed,
  children,
}: {
  level: Level;
  title: string;
  changed?: boolean;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" component="section" style={changed ? markStyle : undefined}>
      <Group gap="xs">
        <Title order={level} size="h4">
          {title}
        </Title>
        {changed && <ChangeBadge change="changed" />}
      </Group>
      {children}
    </Stack>
  );
}

/** A line of a list section, marked with how it changed. */
function Line({ change, children }: { change: PlanChangeKind | undefined; children: ReactNode }) {
  return (
    <Box component="li" py={4} style={change ? markStyle : undefined}>
      <Stack gap={2}>
        {change && (
          <div>
            <ChangeBadge change={change} />
          </div>
        )}
        {children}
      </Stack>
    </Box>
  );
}

/** A label and its value in a <dl>, like ui/Fact, marked when it differs from the compared version. */
function MarkedFact({ label, marked, children }: { label: string; marked: boolean; children: ReactNode }) {
  return (
    <div style={marked ? markStyle : undefined}>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children} {marked && <ChangeBadge change="changed" />}
      </Text>
    </div>
  );
}

/** Free text as written, or a dash for what was left blank. */
function Written({ text }: { text: string }) {
  return (
    <Text span size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
      {text || '—'}
    </Text>
  );
}

function Lines({ label, children }: { label: string; children: ReactNode[] }) {
  const { t } = useTranslation();
  if (children.length === 0) return <Text size="sm">{t('plans.noLines')}</Text>;
  return (
    <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
      {children}
    </Stack>
  );
}

/** Who answers for a line and by when, with its amount where it has one. */
function ActionFacts({
  responsible,
  dueOn,
  extra,
}: {
  responsible: string;
  dueOn: string | null;
  extra?: string;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const facts = [
    responsible && t('plans.responsibleIs', { responsible }),
    dueOn && t('plans.dueOnIs', { date: dates.day(dueOn) }),
    extra,
  ].filter(Boolean);
  if (facts.length === 0) return null;
  return (
    <Text size="sm" c="dimmed" dir="auto">
      {facts.join(' · ')}
    </Text>
  );
}

/**
 * A version of the plan laid out as the Handbook's Annex 3 (seed-002
 * L6398–L6541), section by section and in its order, followed by the
 * monitoring and exit strategy the Handbook asks every plan to have
 * (L1202, L1255). Read on the plan page, compared side by side, and printed.
 */
export function PlanDocument({
  content,
  level,
  returnee,
  marks,
  onRefer,
}: {
  content: PlanContent;
  /** The heading level of the numbered parts. */
  level: Level;
  /** Name and case reference, printed at the top like the template's header. */
  returnee?: { name: string; reference: string };
  marks?: PlanMarks;
  /** Where the caseworker may refer: each referral to be made gets a button that starts one for its line. */
  onRefer?: (line: LongTermAssistanceLine) => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const money = useMoney();
  const score = useScoreFormat();
  const section = (key: string) => marks?.sections.has(key) ?? false;
  const line = (id: string) => marks?.lines.get(id);
  const sub = (level + 1) as 3 | 4 | 5 | 6;
  const referrals = referralsToMake(content);
  const totals = totalsByCurrency(content.goods.map((g) => g.estimatedCost));

  return (
    <Stack gap="lg">
      <SimpleGrid component="dl" cols={{ base: 1, xs: returnee ? 3 : 1 }} m={0}>
        {returnee && <Fact label={t('plans.name')}>{returnee.name}</Fact>}
        {returnee && (
          <Fact label={t('plans.caseId')}>
            <Ltr>{returnee.reference}</Ltr>
          </Fact>
        )}
        <MarkedFact label={t('plans.placeOfReturn')} marked={section('placeOfReturn')}>
          <Written text={content.placeOfReturn} />
        </MarkedFact>
      </SimpleGrid>

      <Part level={level} title={t('plans.parts.summary')}>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} m={0}>
          {(['economic', 'social', 'psychosocial'] as const).map((d) => (
            <MarkedFact key={d} label={t(`survey.dimensions.${d}`)} marked={section(`summary.${d}`)}>
              <Written text={content.summary[d]} />
            </MarkedFact>
          ))}
        </SimpleGrid>
      </Part>

      <Part level={level} title={t('plans.parts.assistance')}>
        <Title order={sub} size="h5">
          {t('plans.immediate')}
        </Title>
        <Lines label={t('plans.immediate')}>
          {content.immediate.map((l) => (
            <Line key={l.id} change={line(l.id)}>
              <Text size="sm" fw={600} dir="auto">
                {t(`plans.immediateKinds.${l.kind}`)}
                {l.detail && `: ${l.detail}`}
              </Text>
              <ActionFacts
                responsible={l.responsible}
                dueOn={l.dueOn}
                extra={l.amount ? t('plans.amountIs', { amount: money(l.amount) }) : undefined}
              />
            </Line>
          ))}
        </Lines>
        <Title order={sub} size="h5">
          {t('plans.longTerm')}
        </Title>
        {content.longTerm.length === 0 && <Text size="sm">{t('plans.noLines')}</Text>}
        {longTermGroups.map(({ dimension, kinds }) => {
          const lines = content.longTerm.filter((l) => (kinds as readonly string[]).includes(l.kind));
          if (lines.length === 0) return null;
          return (
            <Stack key={dimension} gap={4}>
              <Text size="sm" fw={700} tt="uppercase">
                {dimensionName(t, dimension)}
              </Text>
              <Lines label={`${t('plans.longTerm')}: ${dimensionName(t, dimension)}`}>
                {lines.map((l) => (
                  <Line key={l.id} change={line(l.id)}>
                    <Text size="sm" fw={600} dir="auto">
                      {assistanceName(t, l.kind, l.detail)}
                    </Text>
                    {l.beneficiary && (
                      <Text size="sm">
                        {t('plans.beneficiaryIs', { who: t(`plans.beneficiaries.${l.beneficiary}`) })}
                      </Text>
                    )}
                    <ActionFacts responsible={l.responsible} dueOn={l.dueOn} />
                    <Text size="sm" dir="auto">
                      {l.needsReferral
                        ? t('plans.referralYes', { agency: l.referralAgency })
                        : t('plans.referralNo')}
                    </Text>
                  </Line>
                ))}
              </Lines>
            </Stack>
          );
        })}
      </Part>

      <Part level={level} title={t('plans.parts.goods')}>
        <Table withTableBorder verticalSpacing={4} aria-label={t('plans.parts.goods')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plans.goods')}</Table.Th>
              <Table.Th>{t('plans.estimatedCost')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {content.goods.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={2}>{t('plans.noLines')}</Table.Td>
              </Table.Tr>
            )}
            {content.goods.map((g) => (
              <Table.Tr key={g.id} style={line(g.id) ? markStyle : undefined}>
                <Table.Td dir="auto">
                  {g.description} {line(g.id) && <ChangeBadge change={line(g.id) ?? 'changed'} />}
                </Table.Td>
                <Table.Td>{money(g.estimatedCost)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            {totals.map((total) => (
              <Table.Tr key={total.currency}>
                <Table.Th scope="row">{t('plans.total')}</Table.Th>
                <Table.Td fw={700}>{money(total)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tfoot>
        </Table>
        <Title order={sub} size="h5">
          {t('plans.grants')}
        </Title>
        <Lines label={t('plans.grants')}>
          {content.grants.map((g) => {
            const forLine = content.longTerm.find((l) => l.id === g.lineId);
            return (
              <Line key={g.id} change={line(g.id)}>
                <Text size="sm" fw={600} dir="auto">
                  {g.purpose}
                </Text>
                {forLine && (
                  <Text size="sm" c="dimmed" dir="auto">
                    {t('plans.grantFor', { line: assistanceName(t, forLine.kind, forLine.detail) })}
                  </Text>
                )}
                <List type="ordered" size="sm" spacing={2}>
                  {g.tranches.map((tranche, i) => (
                    <List.Item key={tranche.id}>
                      <Text span size="sm" dir="auto">
                        {t('plans.trancheLine', {
                          number: i + 1,
                          amount: money(tranche.amount),
                          condition: t(`plans.conditions.${tranche.condition}`),
                        })}
                        {tranche.conditionDetail && ` (${tranche.conditionDetail})`}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              </Line>
            );
          })}
        </Lines>
      </Part>

      <Part level={level} title={t('plans.parts.referrals')}>
        <Table withTableBorder verticalSpacing={4} aria-label={t('plans.parts.referrals')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plans.agency')}</Table.Th>
              <Table.Th>{t('plans.assistanceToProvide')}</Table.Th>
              {onRefer && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {referrals.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={onRefer ? 3 : 2}>{t('plans.noReferrals')}</Table.Td>
              </Table.Tr>
            )}
            {referrals.map((r) => {
              const planned = content.longTerm.find((l) => l.id === r.lineId);
              const kind = planned?.kind;
              return (
                <Table.Tr key={r.lineId}>
                  <Table.Td dir="auto">{r.agency}</Table.Td>
                  <Table.Td dir="auto">{kind ? assistanceName(t, kind, r.detail) : r.detail}</Table.Td>
                  {onRefer && (
                    <Table.Td>
                      {planned && (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => onRefer(planned)}
                          aria-label={t('referrals.refer.fromPlan', { agency: r.agency })}
                        >
                          {t('referrals.refer.open')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Part>

      <Part level={level} title={t('plans.parts.baseline')} changed={section('baseline')}>
        {content.baseline ? (
          <>
            <Text size="sm">{t('plans.baselineOf', { date: dates.day(content.baseline.measuredOn) })}</Text>
            <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} m={0}>
              {scoreKeys.map((k) => (
                <Fact key={k} label={t(`survey.dimensions.${k}`)}>
                  {score.score(content.baseline?.[k] ?? null)}
                </Fact>
              ))}
            </SimpleGrid>
          </>
        ) : (
          <Text size="sm">{t('plans.noBaseline')}</Text>
        )}
      </Part>

      <Part level={level} title={t('plans.parts.community')} changed={section('community')}>
        {content.community.length === 0 ? (
          <Text size="sm">{t('plans.noCommunity')}</Text>
        ) : (
          <Table withTableBorder verticalSpacing={4} aria-label={t('plans.parts.community')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.name')}</Table.Th>
                <Table.Th>{t('plans.role')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {content.community.map((m, i) => (
                // Members have no id of their own: the list is compared as a whole.
                // biome-ignore lint/suspicious/noArrayIndexKey: members are kept in the order written
                <Table.Tr key={i}>
                  <Table.Td dir="auto">
                    {m.name}
                    {m.isReturnee && ` (${t('plans.returnee')})`}
                  </Table.Td>
                  <Table.Td dir="auto">{m.role || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Part>

      <Part level={level} title={t('plans.parts.followUp')}>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
          <MarkedFact label={t('plans.monitoring')} marked={section('monitoring')}>
            <Written text={content.monitoring} />
          </MarkedFact>
          <MarkedFact label={t('plans.exitStrategy')} marked={section('exitStrategy')}>
            <Written text={content.exitStrategy} />
          </MarkedFact>
        </SimpleGrid>
      </Part>

      <Text size="sm" style={section('doneOn') || section('doneAt') ? markStyle : undefined} dir="auto">
        {t('plans.doneOnAt', {
          date: content.doneOn ? dates.day(content.doneOn) : '—',
          place: content.doneAt || '—',
        })}{' '}
        {(section('doneOn') || section('doneAt')) && <ChangeBadge change="changed" />}
      </Text>
    </Stack>
  );
}
