import { Fieldset, Group, List, Loader, Paper, Radio, Stack, Text } from '@mantine/core';
import { type CaseManagementType, caseManagementTypes } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../ui/errors.tsx';
import { useCaseManagementSuggestion } from './queries.ts';
import { useSuggestionReason } from './words.tsx';

/** What the latest screening and the answer about a few sessions suggest, with why. */
function Suggestion({
  caseId,
  deliverableInFewSessions,
}: {
  caseId: string;
  deliverableInFewSessions: boolean | null;
}) {
  const { t } = useTranslation();
  const reason = useSuggestionReason();
  const suggestion = useCaseManagementSuggestion(caseId, deliverableInFewSessions);
  if (deliverableInFewSessions === null) return <Text size="sm">{t('assessments.suggestionWaits')}</Text>;
  if (suggestion.error) return <ErrorNotice error={suggestion.error} />;
  if (!suggestion.data) return <Loader size="xs" aria-label={t('common.loading')} />;
  const { type, because } = suggestion.data;
  return (
    <Stack gap={4}>
      <Text fw={600}>{t('assessments.suggested', { type: t(`caseManagementTypes.${type}`) })}</Text>
      {because.length > 0 ? (
        <>
          <Text size="sm">{t('assessments.suggestedBecause')}</Text>
          <List size="sm">
            {because.map((item) => (
              <List.Item key={item}>{reason(item)}</List.Item>
            ))}
          </List>
        </>
      ) : (
        <Text size="sm">{t('assessments.suggestedGeneralist')}</Text>
      )}
    </Stack>
  );
}

/**
 * The type of case management, decided by the caseworker with the system's
 * suggestion beside the choice: it suggests, it never decides (seed-000 L756).
 */
export function CaseManagementTypeField({
  caseId,
  deliverableInFewSessions,
  value,
  onChange,
  error,
}: {
  caseId: string;
  deliverableInFewSessions: boolean | null;
  value: CaseManagementType | '';
  onChange: (next: CaseManagementType) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('assessments.caseManagement')} p="sm">
      <Stack gap="sm">
        {/* Read out when it changes with the answer about a few sessions. */}
        <Paper withBorder p="xs" bg="gray.0" aria-live="polite">
          <Suggestion caseId={caseId} deliverableInFewSessions={deliverableInFewSessions} />
        </Paper>
        <Radio.Group
          label={t('assessments.caseManagementDecision')}
          description={t('assessments.caseManagementHelp')}
          value={value}
          onChange={(next) => onChange(next as CaseManagementType)}
          error={error}
          withAsterisk
        >
          <Group gap="md" mt={4}>
            {caseManagementTypes.map((type) => (
              <Radio key={type} value={type} label={t(`caseManagementTypes.${type}`)} />
            ))}
          </Group>
        </Radio.Group>
      </Stack>
    </Fieldset>
  );
}
