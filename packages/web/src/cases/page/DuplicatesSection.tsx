import { Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile, LikelyDuplicate } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorNotice } from '../../ui/errors.tsx';
import { DuplicateCard } from '../new/DuplicateList.tsx';
import { useCaseDuplicates } from '../queries.ts';
import { MarkDistinctDialog } from './MarkDistinctDialog.tsx';
import { MergeDialog } from './MergeDialog.tsx';
import { Section } from './Section.tsx';

/**
 * Records on file that may be this same person, registered twice: any
 * caseworker can say one is someone else; a supervisor can merge one into
 * this case. A case already merged into another has nothing to look for.
 */
export function DuplicatesSection({ file, onReload }: { file: CaseFile; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const shown = !file.mergedInto;
  const duplicates = useCaseDuplicates(file.summary.id, shown);
  const [distinct, setDistinct] = useState<LikelyDuplicate | null>(null);
  const [merging, setMerging] = useState<LikelyDuplicate | null>(null);
  if (!shown) return null;

  const items = duplicates.data?.items ?? [];
  return (
    <Section id="duplicates-heading" title={t('duplicates.title')}>
      <ErrorNotice error={duplicates.error} />
      {duplicates.isPending ? (
        <Center>
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : (
        items.length === 0 && <Text>{t('duplicates.none')}</Text>
      )}
      {items.length > 0 && (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((match) => {
            // Each button names the record it acts on: a screen reader lists buttons out of their card.
            const about = (label: string) => ({ 'aria-label': `${label}: ${match.case.reference}` });
            return (
              <DuplicateCard key={match.case.id} match={match} level={3}>
                <Group gap="xs">
                  {can('cases.write') && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setDistinct(match)}
                      {...about(t('duplicates.notSamePerson'))}
                    >
                      {t('duplicates.notSamePerson')}
                    </Button>
                  )}
                  {can('cases.approve') && (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setMerging(match)}
                      {...about(t('duplicates.mergeIntoThis'))}
                    >
                      {t('duplicates.mergeIntoThis')}
                    </Button>
                  )}
                </Group>
              </DuplicateCard>
            );
          })}
        </Stack>
      )}
      {distinct && <MarkDistinctDialog file={file} duplicate={distinct} onClose={() => setDistinct(null)} />}
      {merging && (
        <MergeDialog file={file} duplicate={merging} onReload={onReload} onClose={() => setMerging(null)} />
      )}
    </Section>
  );
}
