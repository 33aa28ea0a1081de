import { Alert, Checkbox, Stack } from '@mantine/core';
import { type ReferralTriggerCode, referralTriggers, triggerOf } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import { triggerName, UrgencyBadge } from './words.tsx';

/**
 * The Annex 1 disclosures that call for a referral beyond what a case manager
 * gives (seed-002-annexes §6.6), each with how soon. Ticking an immediate one
 * says at once what the Handbook asks (seed-002 L967), before the screening is saved.
 */
export function ReferralTriggersField({
  value,
  onChange,
}: {
  value: ReferralTriggerCode[];
  onChange: (next: ReferralTriggerCode[]) => void;
}) {
  const { t } = useTranslation();
  const immediate = value.filter((code) => triggerOf(code).urgency === 'immediate');
  return (
    <Stack gap="xs">
      <Checkbox.Group
        label={t('assessments.triggers')}
        description={t('assessments.triggersHelp')}
        value={value}
        onChange={(codes) => onChange(codes as ReferralTriggerCode[])}
      >
        <Stack gap="xs" mt={4}>
          {referralTriggers.map((trigger) => (
            <Checkbox
              key={trigger.code}
              value={trigger.code}
              label={
                <>
                  {triggerName(t, trigger.code)} <UrgencyBadge urgency={trigger.urgency} />
                </>
              }
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {immediate.length > 0 && (
        <Alert color="red" variant="light" c="red.9" role="status">
          {t('assessments.immediateNow', { triggers: immediate.join(', ') })}
        </Alert>
      )}
    </Stack>
  );
}
