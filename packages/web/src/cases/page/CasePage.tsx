import { Anchor, Center, Loader, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../auth/session.tsx';
import { ErrorNotice } from '../../ui/errors.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { useCaseFile } from '../queries.ts';
import { AssignmentsSection } from './AssignmentsSection.tsx';
import { CaseHeader } from './CaseHeader.tsx';
import { ConsentsSection } from './ConsentsSection.tsx';
import { MoveCaseDialog } from './MoveCaseDialog.tsx';
import { PersonSection } from './PersonSection.tsx';
import { ScreeningSection } from './ScreeningSection.tsx';
import { TimelineSection } from './TimelineSection.tsx';

/** The whole case file on one page, read in one request. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useSession();
  const file = useCaseFile(id);
  const [moving, setMoving] = useState(false);
  // The tab names the reference, not the person: tab titles show on shared screens and in history.
  usePageTitle(file.data ? file.data.summary.reference : t('cases.caseTitle'));

  const back = (
    <Anchor component={Link} to="/cases" size="sm">
      {t('cases.backToList')}
    </Anchor>
  );
  if (!file.data) {
    return (
      <Stack>
        {back}
        <Title order={1}>{t('cases.caseTitle')}</Title>
        {file.isPending ? (
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        ) : (
          <ErrorNotice error={file.error} />
        )}
      </Stack>
    );
  }

  const data = file.data;
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        {back}
        <CaseHeader file={data} onMove={can('cases.write') ? () => setMoving(true) : undefined} />
      </Stack>
      <PersonSection file={data} />
      <ScreeningSection file={data} />
      <ConsentsSection file={data} />
      <AssignmentsSection file={data} />
      <TimelineSection file={data} />
      {moving && (
        <MoveCaseDialog file={data} onReload={() => file.refetch()} onClose={() => setMoving(false)} />
      )}
    </Stack>
  );
}
