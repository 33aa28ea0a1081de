import { Button, FileInput, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type AttachmentKind, attachmentKinds, attachmentTypes, typesByKind } from '@reintegra/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile } from '../../api/types.ts';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { useCaseCommand } from '../queries.ts';
import { SignaturePad, signatureFile } from './SignaturePad.tsx';

/**
 * The server's default limit (REINTEGRA_ATTACHMENT_MAX_BYTES). A server set
 * lower still refuses what is too large; this only saves sending a file over
 * a slow line to hear that.
 */
const maxBytes = 10 * 1024 * 1024;

/** Why the server would refuse this file, as the domain reads it, or null; the server checks the bytes themselves. */
function refusalOf(kind: AttachmentKind, file: File) {
  if (file.size === 0) return 'empty' as const;
  if (file.size > maxBytes) return 'too_large' as const;
  // Some phones give no type: the server then decides from the bytes.
  if (!file.type) return null;
  if (!(attachmentTypes as readonly string[]).includes(file.type)) return 'unsupported_type' as const;
  if (!(typesByKind[kind] as readonly string[]).includes(file.type)) return 'wrong_type_for_kind' as const;
  return null;
}

/**
 * Attaches a document, a picture or a signature to the case. A signature can
 * be drawn on the screen, or a picture of one chosen like any other file.
 */
export function UploadAttachmentDialog({ file, onClose }: { file: CaseFile; onClose: () => void }) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const [kind, setKind] = useState<AttachmentKind>('document');
  const [chosen, setChosen] = useState<File | null>(null);
  const [pad, setPad] = useState<HTMLCanvasElement | null>(null);
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = file.summary.id;

  const { command: upload } = useCaseCommand(
    id,
    (attachment: File) =>
      api.upload<CaseFile>(`/cases/${id}/attachments`, attachment, {
        kind,
        fileName: attachment.name,
        description: description.trim(),
      }),
    { saved: () => t('attachments.added'), done: onClose },
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    upload.reset();
    const attachment = chosen ?? (kind === 'signature' && pad ? await signatureFile(pad) : null);
    if (!attachment) {
      setProblem(kind === 'signature' ? t('attachments.signOrChoose') : t('validation.required'));
      return;
    }
    const refusal = refusalOf(kind, attachment);
    setProblem(refusal && t(`fieldErrors.${refusal}`));
    if (!refusal) upload.mutate(attachment);
  }

  // The server names what is wrong with the file itself under `body`.
  const refusedFile = fieldErrors(upload.error).body;
  const fileError = problem ?? refusedFile;
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('attachments.addTitle', { reference: file.summary.reference })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <NativeSelect
            label={t('attachments.kind')}
            value={kind}
            onChange={(e) => {
              setKind(e.currentTarget.value as AttachmentKind);
              setProblem(null);
            }}
            data={attachmentKinds.map((k) => ({ value: k, label: t(`attachmentKinds.${k}`) }))}
          />
          {kind === 'signature' && <SignaturePad onChange={setPad} />}
          <FileInput
            label={kind === 'signature' ? t('attachments.orChoosePicture') : t('attachments.file')}
            description={kind === 'document' ? t('attachments.documentTypes') : t('attachments.pictureTypes')}
            placeholder={t('attachments.choose')}
            accept={typesByKind[kind].join(',')}
            value={chosen}
            onChange={(next) => {
              setChosen(next);
              setProblem(null);
              upload.reset();
            }}
            error={fileError}
            clearable
            clearButtonProps={{ 'aria-label': t('attachments.clearFile') }}
            withAsterisk={kind !== 'signature'}
          />
          <TextInput
            label={t('attachments.description')}
            description={t('attachments.descriptionHelp')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            maxLength={1000}
            dir="auto"
          />
          {!refusedFile && <ErrorNotice error={upload.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={upload.isPending}>
              {t('attachments.attach')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
