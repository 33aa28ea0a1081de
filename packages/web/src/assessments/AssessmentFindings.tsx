import { List, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  type BestInterestsAssessment,
  determinantLevels,
  needDimensions,
  triggerOf,
  type VulnerabilityScreening,
} from '@reintegra/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../api/types.ts';
import { VulnerabilityBadges } from '../cases/badges.tsx';
import { Fact } from '../ui/Fact.tsx';
import { useDates } from '../ui/format.ts';
import { triggerName, UrgencyBadge, useSuggestionReason } from './words.tsx';

/** Findings as label and value pairs, two columns where there is room. */
function Facts({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
      {children}
    </SimpleGrid>
  );
}

/** What the caseworker wrote, as written; nothing when they wrote nothing. */
function Written({ label, text }: { label: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <Fact label={label}>
      <Text span dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </Text>
    </Fact>
  );
}

/** A list of short entries (skills, people), or nothing. */
function Listed({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <Fact label={label}>
      <Text span dir="auto" style={{ overflowWrap: 'anywhere' }}>
        {items.join(', ')}
      </Text>
    </Fact>
  );
}

function ScreeningFindings({ findings }: { findings: VulnerabilityScreening }) {
  const { t } = useTranslation();
  const levels = determinantLevels.filter((level) => findings.factors.some((f) => f.level === level));
  return (
    <Stack gap="xs">
      {findings.situations.length > 0 && <VulnerabilityBadges codes={findings.situations} />}
      <Facts>
        <Fact label={t('assessments.triggersFound')}>
          {findings.triggers.length === 0 ? (
            t('assessments.noTriggers')
          ) : (
            <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
              {findings.triggers.map((code) => (
                <li key={code}>
                  {triggerName(t, code)} <UrgencyBadge urgency={triggerOf(code).urgency} />
                </li>
              ))}
            </Stack>
          )}
        </Fact>
        <Fact label={t('assessments.sharing')}>
          {t(findings.consentToShareWithOrigin ? 'assessments.mayBeShared' : 'assessments.notShared')}
        </Fact>
        {levels.length > 0 && (
          <Fact label={t('assessments.factors')}>
            <Stack gap={4}>
              {levels.map((level) => (
                <div key={level}>
                  <Text span fw={600} size="sm">
                    {t(`assessments.levels.${level}`)}
                  </Text>
                  <List size="sm">
                    {findings.factors
                      .filter((f) => f.level === level)
                      .map((f) => (
                        <List.Item key={`${f.kind}-${f.description}`} style={{ overflowWrap: 'anywhere' }}>
                          {t(`assessments.factorKinds.${f.kind}`)}: <span dir="auto">{f.description}</span>
                        </List.Item>
                      ))}
                  </List>
                </div>
              ))}
            </Stack>
          </Fact>
        )}
        <Written label={t('assessments.immediateNeeds')} text={findings.immediateNeeds} />
        <Written label={t('assessments.longTermNeeds')} text={findings.longTermNeeds} />
      </Facts>
    </Stack>
  );
}

function NeedsFindings({ findings }: { findings: Extract<Assessment, { kind: 'needs' }>['findings'] }) {
  const { t } = useTranslation();
  const reason = useSuggestionReason();
  const { suggestion } = findings;
  return (
    <Facts>
      <Fact label={t('assessments.caseManagement')}>
        {t('assessments.decided', { type: t(`caseManagementTypes.${findings.caseManagementType}`) })}
        <Text size="sm" c="dimmed">
          {t('assessments.wasSuggested', { type: t(`caseManagementTypes.${suggestion.type}`) })}
          {suggestion.because.length > 0 && ` (${suggestion.because.map(reason).join('; ')})`}
        </Text>
      </Fact>
      <Fact label={t('assessments.educationLevel')}>
        {t(`assessments.iscedLevels.${findings.educationLevel}`)}
      </Fact>
      <Fact label={t('assessments.fitToWorkShort')}>
        {t(findings.fitToWork ? 'common.yes' : 'common.no')}
      </Fact>
      <Fact label={t('assessments.deliverableShort')}>
        {t(findings.deliverableInFewSessions ? 'common.yes' : 'common.no')}
      </Fact>
      <Listed
        label={t('assessments.workHistory')}
        items={findings.workHistory.map((job) =>
          t(job.where ? 'assessments.jobAt' : 'assessments.jobOnly', { ...job }),
        )}
      />
      <Listed label={t('assessments.skills')} items={findings.skills} />
      <Listed label={t('assessments.interests')} items={findings.interests} />
      <Written label={t('assessments.health')} text={findings.health} />
      <Written label={t('assessments.housing')} text={findings.housing} />
      <Written label={t('assessments.familySituation')} text={findings.familySituation} />
      {needDimensions.map((dimension) => (
        <Written
          key={dimension}
          label={t(`assessments.needsIn.${dimension}`)}
          text={findings.needs[dimension]}
        />
      ))}
    </Facts>
  );
}

function BestInterestsFindings({ findings }: { findings: BestInterestsAssessment }) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <Facts>
      <Fact label={t('assessments.bestInterestsTrigger')}>
        {t(`assessments.bestInterestsTriggers.${findings.trigger}`)}
      </Fact>
      <Fact label={t('assessments.reviewOn')}>{dates.day(findings.reviewOn)}</Fact>
      <Listed
        label={t('assessments.participants')}
        items={findings.participants.map((p) =>
          t('assessments.personWithRole', {
            name: p.name,
            role: t(`assessments.participantRoles.${p.role}`),
          }),
        )}
      />
      <Written label={t('assessments.bestInterests.childViews')} text={findings.childViews} />
      <Written label={t('assessments.bestInterests.informationGiven')} text={findings.informationGiven} />
      <Written label={t('assessments.bestInterests.maturityAssessment')} text={findings.maturityAssessment} />
      <Written label={t('assessments.bestInterests.riskFactors')} text={findings.riskFactors} />
      <Written label={t('assessments.bestInterests.protectiveFactors')} text={findings.protectiveFactors} />
      <Written label={t('assessments.bestInterests.decision')} text={findings.decision} />
    </Facts>
  );
}

/** What an assessment found, in the words of its kind. */
export function AssessmentFindings({ assessment }: { assessment: Assessment }) {
  switch (assessment.kind) {
    case 'vulnerability':
      return <ScreeningFindings findings={assessment.findings} />;
    case 'needs':
      return <NeedsFindings findings={assessment.findings} />;
    case 'best_interests':
      return <BestInterestsFindings findings={assessment.findings} />;
  }
}
