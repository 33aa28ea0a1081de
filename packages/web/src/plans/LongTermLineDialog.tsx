import { Checkbox, Group, NativeSelect, Radio, Textarea, TextInput } from '@mantine/core';
import {
  type LongTermAssistanceKind,
  type LongTermAssistanceLine,
  type MedicalBeneficiary,
  medicalBeneficiaries,
} from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftDialog, newLineId } from './DraftDialog.tsx';
import { dimensionName, longTermGroups } from './words.tsx';

const blank = (): LongTermAssistanceLine => ({
  id: newLineId(),
  kind: 'individual_microbusiness',
  detail: '',
  responsible: '',
  dueOn: null,
  beneficiary: null,
  needsReferral: false,
  referralAgency: '',
});

/**
 * A line of longer-term assistance, its kind under the template's dimension,
 * and the template's question "Does it need a referral?" with the agency:
 * the referrals to be made (Annex 3, 4) are read from these lines.
 */
export function LongTermLineDialog({
  line,
  onKeep,
  onClose,
}: {
  line: LongTermAssistanceLine | null;
  onKeep: (line: LongTermAssistanceLine) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => line ?? blank());
  const [problems, setProblems] = useState<Record<string, string>>({});
  const medical = draft.kind === 'medical_support';

  function keep() {
    const found: Record<string, string> = {};
    if (draft.needsReferral && !draft.referralAgency.trim()) found.referralAgency = t('validation.required');
    if (medical && !draft.beneficiary) found.beneficiary = t('validation.required');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    onKeep({
      ...draft,
      detail: draft.detail.trim(),
      responsible: draft.responsible.trim(),
      // Only medical support says for whom; an agency only where a referral is needed.
      beneficiary: medical ? draft.beneficiary : null,
      referralAgency: draft.needsReferral ? draft.referralAgency.trim() : '',
    });
  }

  return (
    <DraftDialog
      title={line ? t('plans.editor.changeLongTerm') : t('plans.editor.addLongTerm')}
      onSubmit={keep}
      onClose={onClose}
    >
      <NativeSelect
        label={t('plans.kind')}
        value={draft.kind}
        onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value as LongTermAssistanceKind })}
        data={longTermGroups.map(({ dimension, kinds }) => ({
          group: dimensionName(t, dimension),
          items: kinds.map((k) => ({ value: k, label: t(`plans.longTermKinds.${k}`) })),
        }))}
        withAsterisk
      />
      {medical && (
        <Radio.Group
          label={t('plans.beneficiary')}
          value={draft.beneficiary ?? ''}
          onChange={(v) => setDraft({ ...draft, beneficiary: v as MedicalBeneficiary })}
          error={problems.beneficiary}
          withAsterisk
        >
          <Group mt={4}>
            {medicalBeneficiaries.map((b) => (
              <Radio key={b} value={b} label={t(`plans.beneficiaries.${b}`)} />
            ))}
          </Group>
        </Radio.Group>
      )}
      <Textarea
        label={t('plans.detail')}
        value={draft.detail}
        onChange={(e) => setDraft({ ...draft, detail: e.currentTarget.value })}
        autosize
        minRows={2}
        maxLength={2000}
        dir="auto"
      />
      <TextInput
        label={t('plans.responsiblePersonOrPartner')}
        value={draft.responsible}
        onChange={(e) => setDraft({ ...draft, responsible: e.currentTarget.value })}
        maxLength={200}
        dir="auto"
      />
      <TextInput
        type="date"
        label={t('plans.dueOn')}
        value={draft.dueOn ?? ''}
        onChange={(e) => setDraft({ ...draft, dueOn: e.currentTarget.value || null })}
      />
      <Checkbox
        label={t('plans.needsReferral')}
        checked={draft.needsReferral}
        onChange={(e) => setDraft({ ...draft, needsReferral: e.currentTarget.checked })}
      />
      {draft.needsReferral && (
        <TextInput
          label={t('plans.referralAgency')}
          value={draft.referralAgency}
          onChange={(e) => setDraft({ ...draft, referralAgency: e.currentTarget.value })}
          error={problems.referralAgency}
          withAsterisk
          maxLength={300}
          dir="auto"
        />
      )}
    </DraftDialog>
  );
}
