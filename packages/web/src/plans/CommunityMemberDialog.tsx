import { Checkbox, TextInput } from '@mantine/core';
import type { CommunityMember } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftDialog } from './DraftDialog.tsx';

/** A returnee or community member of a community-level project, with their role (Annex 3, 6). */
export function CommunityMemberDialog({
  member,
  onKeep,
  onClose,
}: {
  member: CommunityMember | null;
  onKeep: (member: CommunityMember) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => member ?? { name: '', role: '', isReturnee: false });
  const [missing, setMissing] = useState(false);

  function keep() {
    setMissing(!draft.name.trim());
    if (draft.name.trim()) onKeep({ ...draft, name: draft.name.trim(), role: draft.role.trim() });
  }

  return (
    <DraftDialog
      title={member ? t('plans.editor.changeMember') : t('plans.editor.addMember')}
      onSubmit={keep}
      onClose={onClose}
    >
      <TextInput
        label={t('plans.name')}
        value={draft.name}
        onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
        error={missing ? t('validation.required') : undefined}
        withAsterisk
        maxLength={200}
        dir="auto"
      />
      <TextInput
        label={t('plans.role')}
        value={draft.role}
        onChange={(e) => setDraft({ ...draft, role: e.currentTarget.value })}
        maxLength={200}
        dir="auto"
      />
      <Checkbox
        label={t('plans.isReturnee')}
        checked={draft.isReturnee}
        onChange={(e) => setDraft({ ...draft, isReturnee: e.currentTarget.checked })}
      />
    </DraftDialog>
  );
}
