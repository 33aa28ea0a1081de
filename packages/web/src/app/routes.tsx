import { Center, Loader } from '@mantine/core';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { ChangePasswordPage } from '../auth/ChangePasswordPage.tsx';
import { LoginPage } from '../auth/LoginPage.tsx';
import { AppLayout } from './AppLayout.tsx';
import { Allowed, changePasswordPath, RequireSignIn, SignedOutOnly } from './guards.tsx';
import { HomePage } from './HomePage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

// Pages most people never open are fetched when first visited: on a slow line
// the sign-in and home pages should not wait for the administration screens.
const UsersPage = lazy(() => import('../admin/users/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
const OrganisationPage = lazy(() =>
  import('../admin/organisation/OrganisationPage.tsx').then((m) => ({ default: m.OrganisationPage })),
);
const RolesPage = lazy(() => import('../admin/roles/RolesPage.tsx').then((m) => ({ default: m.RolesPage })));
const AuditLogPage = lazy(() =>
  import('../audit/AuditLogPage.tsx').then((m) => ({ default: m.AuditLogPage })),
);
const StaffDirectoryPage = lazy(() =>
  import('../staff/StaffDirectoryPage.tsx').then((m) => ({ default: m.StaffDirectoryPage })),
);
const ComplaintsPage = lazy(() =>
  import('../complaints/ComplaintsPage.tsx').then((m) => ({ default: m.ComplaintsPage })),
);
const WellbeingPage = lazy(() =>
  import('../complaints/WellbeingPage.tsx').then((m) => ({ default: m.WellbeingPage })),
);
const CaseListPage = lazy(() =>
  import('../cases/list/CaseListPage.tsx').then((m) => ({ default: m.CaseListPage })),
);
const NewCasePage = lazy(() =>
  import('../cases/new/NewCasePage.tsx').then((m) => ({ default: m.NewCasePage })),
);
const CasePage = lazy(() => import('../cases/page/CasePage.tsx').then((m) => ({ default: m.CasePage })));
const SurveyPage = lazy(() => import('../survey/SurveyPage.tsx').then((m) => ({ default: m.SurveyPage })));
const PlanPage = lazy(() => import('../plans/PlanPage.tsx').then((m) => ({ default: m.PlanPage })));
const PlanPrintPage = lazy(() =>
  import('../plans/PlanPrintPage.tsx').then((m) => ({ default: m.PlanPrintPage })),
);
const MyTasksPage = lazy(() => import('../tasks/MyTasksPage.tsx').then((m) => ({ default: m.MyTasksPage })));
const IncomingHandOversPage = lazy(() =>
  import('../handovers/IncomingHandOversPage.tsx').then((m) => ({ default: m.IncomingHandOversPage })),
);
const ApprovalsPage = lazy(() =>
  import('../approvals/ApprovalsPage.tsx').then((m) => ({ default: m.ApprovalsPage })),
);
const SurveySettingsPage = lazy(() =>
  import('../rss/SurveySettingsPage.tsx').then((m) => ({ default: m.SurveySettingsPage })),
);
const ImportSurveysPage = lazy(() =>
  import('../rss/ImportSurveysPage.tsx').then((m) => ({ default: m.ImportSurveysPage })),
);
const ScoresPage = lazy(() => import('../rss/ScoresPage.tsx').then((m) => ({ default: m.ScoresPage })));
const PartnerInboxPage = lazy(() =>
  import('../partner/PartnerInboxPage.tsx').then((m) => ({ default: m.PartnerInboxPage })),
);
const PartnerReferralPage = lazy(() =>
  import('../partner/PartnerReferralPage.tsx').then((m) => ({ default: m.PartnerReferralPage })),
);
const ReferralLinkPage = lazy(() =>
  import('../partner/ReferralLinkPage.tsx').then((m) => ({ default: m.ReferralLinkPage })),
);
const FollowUpPage = lazy(() =>
  import('../referrals/FollowUpPage.tsx').then((m) => ({ default: m.FollowUpPage })),
);
const DirectoryPage = lazy(() =>
  import('../directory/DirectoryPage.tsx').then((m) => ({ default: m.DirectoryPage })),
);
const AccountPage = lazy(() =>
  import('../account/AccountPage.tsx').then((m) => ({ default: m.AccountPage })),
);
const PlannerPage = lazy(() =>
  import('../planning/PlannerPage.tsx').then((m) => ({ default: m.PlannerPage })),
);
const DashboardPage = lazy(() =>
  import('../indicators/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })),
);
const CasesBehindPage = lazy(() =>
  import('../indicators/CasesBehindPage.tsx').then((m) => ({ default: m.CasesBehindPage })),
);
const ResultsPage = lazy(() =>
  import('../results/ResultsPage.tsx').then((m) => ({ default: m.ResultsPage })),
);

function PageLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <SignedOutOnly>
            <LoginPage />
          </SignedOutOnly>
        }
      />
      {/* A partner without an account answers through a one-time link: no sign-in, signed in or not. */}
      <Route
        path="/partner/link/:token"
        element={
          <Page>
            <ReferralLinkPage />
          </Page>
        }
      />
      <Route element={<RequireSignIn />}>
        <Route path={changePasswordPath} element={<ChangePasswordPage />} />
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route
            path="account"
            element={
              <Page>
                <AccountPage />
              </Page>
            }
          />
          <Route
            path="cases"
            element={
              <Allowed anyOf={['cases.read']}>
                <Page>
                  <CaseListPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="cases/new"
            element={
              <Allowed anyOf={['cases.write']}>
                <Page>
                  <NewCasePage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="cases/:id"
            element={
              <Allowed anyOf={['cases.read']}>
                <Page>
                  <CasePage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="cases/:id/survey/:roundId"
            element={
              <Allowed anyOf={['cases.read']}>
                <Page>
                  <SurveyPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="cases/:id/plan"
            element={
              <Allowed anyOf={['cases.read']}>
                <Page>
                  <PlanPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="cases/:id/plan/print"
            element={
              <Allowed anyOf={['cases.read']}>
                <Page>
                  <PlanPrintPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="tasks"
            element={
              <Allowed anyOf={['cases.read']}>
                <Page>
                  <MyTasksPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="hand-overs"
            element={
              <Allowed anyOf={['cases.read']}>
                <Page>
                  <IncomingHandOversPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="referrals"
            element={
              <Allowed anyOf={['cases.read']}>
                <Page>
                  <FollowUpPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="directory"
            element={
              <Allowed anyOf={['organisation.read']}>
                <Page>
                  <DirectoryPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="approvals"
            element={
              <Allowed anyOf={['cases.approve']}>
                <Page>
                  <ApprovalsPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="dashboard"
            element={
              <Allowed anyOf={['indicators.read']}>
                <Page>
                  <DashboardPage />
                </Page>
              </Allowed>
            }
          />
          {/* The cases behind a figure: the server lists them only to readers of cases. */}
          <Route
            path="dashboard/cases"
            element={
              <Allowed anyOf={['cases.read']}>
                <Page>
                  <CasesBehindPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="results"
            element={
              <Allowed anyOf={['indicators.read']}>
                <Page>
                  <ResultsPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="planning"
            element={
              <Allowed anyOf={['planning.use']}>
                <Page>
                  <PlannerPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="admin/users"
            element={
              <Allowed anyOf={['users.manage']}>
                <Page>
                  <UsersPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="admin/organisation"
            element={
              <Allowed anyOf={['organisation.manage']}>
                <Page>
                  <OrganisationPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="admin/roles"
            element={
              <Allowed anyOf={['users.manage', 'organisation.manage']}>
                <Page>
                  <RolesPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="audit"
            element={
              <Allowed anyOf={['audit.read']}>
                <Page>
                  <AuditLogPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="staff"
            element={
              <Allowed anyOf={['staff.read']}>
                <Page>
                  <StaffDirectoryPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="complaints"
            element={
              <Allowed anyOf={['complaints.handle']}>
                <Page>
                  <ComplaintsPage />
                </Page>
              </Allowed>
            }
          />
          {/* Every member of staff answers; the server turns away a partner's user. */}
          <Route
            path="wellbeing"
            element={
              <Page>
                <WellbeingPage />
              </Page>
            }
          />
          <Route
            path="admin/survey"
            element={
              <Allowed anyOf={['rss.configure']}>
                <Page>
                  <SurveySettingsPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="surveys/import"
            element={
              <Allowed anyOf={['cases.write']}>
                <Page>
                  <ImportSurveysPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="surveys/scores"
            element={
              <Allowed anyOf={['cases.read']}>
                <Page>
                  <ScoresPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="partner"
            element={
              <Allowed anyOf={['referrals.respond']}>
                <Page>
                  <PartnerInboxPage />
                </Page>
              </Allowed>
            }
          />
          <Route
            path="partner/referrals/:id"
            element={
              <Allowed anyOf={['referrals.respond']}>
                <Page>
                  <PartnerReferralPage />
                </Page>
              </Allowed>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
