import { Anchor, Button, Center, Loader, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CaseFile } from '../../api/types.ts';
import { AssessmentsSection } from '../../assessments/AssessmentsSection.tsx';
import { CounsellingSection } from '../../assessments/CounsellingSection.tsx';
import { useSession } from '../../auth/session.tsx';
import { BusinessSection } from '../../business/BusinessSection.tsx';
import { PlanSection } from '../../plans/PlanSection.tsx';
import { ReferralsSection } from '../../referrals/ReferralsSection.tsx';
import { SurveySection } from '../../survey/SurveySection.tsx';
import { ErrorNotice } from '../../ui/errors.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { useCaseFile } from '../queries.ts';
import { AssignmentsSection } from './AssignmentsSection.tsx';
import { AttachmentsSection } from './AttachmentsSection.tsx';
import { CaseContents } from './CaseContents.tsx';
import { CaseHeader } from './CaseHeader.tsx';
import { ClosureSection } from './ClosureSection.tsx';
import { ConsentsSection } from './ConsentsSection.tsx';
import { DecisionsSection } from './DecisionsSection.tsx';
import { DuplicatesSection } from './DuplicatesSection.tsx';
import { HandOverDialog } from './HandOverDialog.tsx';
import { HandOverSection } from './HandOverSection.tsx';
import { HouseholdSection } from './HouseholdSection.tsx';
import { MigrationSection } from './MigrationSection.tsx';
import { MoveCaseDialog } from './MoveCaseDialog.tsx';
import { NotesSection } from './NotesSection.tsx';
import { PersonSection } from './PersonSection.tsx';
import { ProposeClosureDialog } from './ProposeClosureDialog.tsx';
import { ProposeTransferDialog } from './ProposeTransferDialog.tsx';
import { RecordConsentDialog } from './RecordConsentDialog.tsx';
import { closable, transferable } from './rules.ts';
import { ScreeningSection } from './ScreeningSection.tsx';
import { CaseStaffNames, staffNamesOf } from './StaffName.tsx';
import { TasksSection } from './TasksSection.tsx';
import { TimelineSection } from './TimelineSection.tsx';
import { TransferSection } from './TransferSection.tsx';

/**
 * The dialogs the header opens; one at a time. Consent to transfer is recorded
 * on the way to a hand-over or a transfer, and leads back to it.
 */
type Dialog =
  | 'move'
  | 'closure'
  | 'handOver'
  | 'transfer'
  | 'consentForHandOver'
  | 'consentForTransfer'
  | null;

/** A case still being worked can be handed over; one in closure review or closed cannot. */
const handOverable = (file: CaseFile) =>
  file.summary.status !== 'closed' && file.summary.status !== 'closure_review';

/** The whole case file on one page, read in one request. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useSession();
  const file = useCaseFile(id);
  const [dialog, setDialog] = useState<Dialog>(null);
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
  const reload = () => file.refetch();
  const close = () => setDialog(null);
  const writer = can('cases.write');
  return (
    // Keyed by case: following a link to another case (a merged record, a member's case) starts afresh.
    <CaseStaffNames.Provider key={data.summary.id} value={staffNamesOf(data)}>
      <Stack gap="xl">
        <Stack gap="xs">
          {back}
          <CaseHeader
            file={data}
            onMove={writer ? () => setDialog('move') : undefined}
            actions={
              writer && (
                <>
                  {handOverable(data) && (
                    <Button variant="default" onClick={() => setDialog('handOver')}>
                      {t('handOvers.start')}
                    </Button>
                  )}
                  {transferable(data) && (
                    <Button variant="default" onClick={() => setDialog('transfer')}>
                      {t('transfers.start')}
                    </Button>
                  )}
                  {closable(data) && (
                    <Button variant="light" onClick={() => setDialog('closure')}>
                      {t('closure.propose')}
                    </Button>
                  )}
                </>
              )
            }
          />
          <CaseContents file={data} />
        </Stack>
        <ClosureSection file={data} onReload={reload} />
        <HandOverSection file={data} />
        <TransferSection file={data} onReload={reload} />
        <TasksSection file={data} onReload={reload} />
        <PersonSection file={data} />
        <MigrationSection file={data} onReload={reload} />
        <SurveySection file={data} />
        <CounsellingSection file={data} />
        <AssessmentsSection file={data} />
        <PlanSection file={data} />
        <ReferralsSection file={data} />
        <BusinessSection file={data} />
        <HouseholdSection file={data} onReload={reload} />
        <DuplicatesSection file={data} onReload={reload} />
        <ScreeningSection file={data} />
        <ConsentsSection file={data} />
        <AttachmentsSection file={data} />
        <NotesSection file={data} />
        <AssignmentsSection file={data} />
        <DecisionsSection file={data} onReload={reload} />
        <TimelineSection file={data} />
        {dialog === 'move' && <MoveCaseDialog file={data} onReload={reload} onClose={close} />}
        {dialog === 'closure' && <ProposeClosureDialog file={data} onReload={reload} onClose={close} />}
        {dialog === 'handOver' && (
          <HandOverDialog
            file={data}
            onRecordConsent={() => setDialog('consentForHandOver')}
            onClose={close}
          />
        )}
        {dialog === 'transfer' && (
          <ProposeTransferDialog
            file={data}
            onRecordConsent={() => setDialog('consentForTransfer')}
            onClose={close}
          />
        )}
        {/* Recorded or not, the caseworker comes back to the hand-over or transfer they were writing. */}
        {dialog === 'consentForHandOver' && (
          <RecordConsentDialog file={data} purpose="transfer" onClose={() => setDialog('handOver')} />
        )}
        {dialog === 'consentForTransfer' && (
          <RecordConsentDialog file={data} purpose="transfer" onClose={() => setDialog('transfer')} />
        )}
      </Stack>
    </CaseStaffNames.Provider>
  );
}
