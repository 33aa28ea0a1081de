import { Button, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { CaseFile } from '../api/types.ts';
import { ConsentFields } from '../cases/ConsentFields.tsx';
import { type ConsentDraft, consentBody, consentProblems, emptyConsent } from '../cases/consent.ts';
import { SignaturePad, signatureFile } from '../cases/page/SignaturePad.tsx';
import { caseKey } from '../cases/queries.ts';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { usePlanCommand } from './queries.ts';
import type { PlanPage } from './types.ts';
import { PlanErrorNotice } from './words.tsx';

/**
 * The returnee's agreement to the current version: written, or verbal before
 * a witness, by the returnee or a parent or guardian. A signature drawn on
 * the screen is attached to the case first and the agreement points to it.
 */
export function ConsentDialog({
  file,
  version,
  onClose,
}: {
  file: CaseFile;
  version: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [consent, setConsent] = useState<ConsentDraft>({
    ...emptyConsent,
    givenBy: file.summary.person.name,
  });
  const [pad, setPad] = useState<HTMLCanvasElement | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  // Kept if the agreement itself fails: trying again does not attach the same signature twice.
  const attached = useRef<string | undefined>(undefined);
  const caseId = file.summary.id;

  /** Attaches the drawn signature and answers its id, found as the attachment the case did not have before. */
  async function attachSignature(drawn: HTMLCanvasElement): Promise<string | undefined> {
    const png = await signatureFile(drawn);
    if (!png) return undefined;
    const before = new Set(file.attachments.map((a) => a.id));
    const next = await api.upload<CaseFile>(`/cases/${caseId}/attachments`, png, {
      kind: 'signature',
      fileName: png.name,
      description: t('plans.consent.signatureDescription', { number: version }),
    });
    queryClient.setQueryData(caseKey(caseId), next);
    return next.attachments.find((a) => !before.has(a.id) && a.kind === 'signature')?.id;
  }

  const record = usePlanCommand(
    caseId,
    async () => {
      if (pad && !attached.current) attached.current = await attachSignature(pad);
      const signatureAttachmentId = pad ? attached.current : undefined;
      return api.post<PlanPage>(`/cases/${caseId}/plan/consent`, {
        version,
        ...consentBody(consent),
        ...(signatureAttachmentId ? { signatureAttachmentId } : {}),
      });
    },
    { saved: () => t('plans.consent.saved', { number: version }), done: onClose },
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = consentProblems(consent, t);
    if (consent.method === 'verbal' && !consent.witnessedBy.trim())
      found.witnessedBy = t('plans.errors.witness_required');
    setProblems(found);
    if (Object.keys(found).length === 0) record.mutate();
  }

  return (
    <ResponsiveModal opened onClose={onClose} title={t('plans.consent.title', { number: version })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('plans.consent.intro')}</Text>
          <ConsentFields value={consent} onChange={setConsent} errors={problems} />
          <SignaturePad
            onChange={(drawn) => {
              attached.current = undefined;
              setPad(drawn);
            }}
          />
          <Text size="xs" c="dimmed">
            {t('plans.consent.signatureHelp')}
          </Text>
          <PlanErrorNotice error={record.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('plans.consent.record')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
