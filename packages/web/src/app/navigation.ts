// What each person finds in the menu follows the permissions the server gives
// their role; the server still checks every request.
import type { Permission } from '@reintegra/domain';

export type Destination =
  | 'home'
  | 'cases'
  | 'tasks'
  | 'handOvers'
  | 'approvals'
  | 'users'
  | 'organisation'
  | 'roles'
  | 'audit'
  | 'staff'
  | 'account'
  | 'partner'
  | 'planning'
  | 'dashboard'
  | 'results'
  | ReferralDestination
  | SurveyDestination
  | StaffVoiceDestination;

/** The follow-up list and the service directory keep their words in the `referrals` block. */
type ReferralDestination = 'referrals' | 'directory';
const isReferral = (d: Destination): d is ReferralDestination => d === 'referrals' || d === 'directory';

/** The survey's pages keep their words in the `rssAdmin` block of the translations. */
type SurveyDestination = 'surveyImport' | 'surveyScores' | 'surveySettings';
const surveyDestinations: readonly Destination[] = ['surveyImport', 'surveyScores', 'surveySettings'];
const isSurvey = (d: Destination): d is SurveyDestination => surveyDestinations.includes(d);

/** Complaints and the wellbeing survey keep their words in their own blocks: `complaints.nav`, `wellbeing.nav`. */
type StaffVoiceDestination = 'complaints' | 'wellbeing';
const isStaffVoice = (d: Destination): d is StaffVoiceDestination => d === 'complaints' || d === 'wellbeing';

export interface NavEntry {
  destination: Destination;
  path: string;
  /** Shown to anyone holding at least one of these; empty means every signed-in user. */
  anyOf: Permission[];
  /** Hidden from anyone holding one of these, whatever else they hold. */
  noneOf?: Permission[];
  section: 'main' | 'administration';
}

/** Where a referral partner lands after signing in. */
export const partnerHome = '/partner';

export const navigation: NavEntry[] = [
  // A referral partner's home is their inbox: the staff home would only send them there.
  { destination: 'home', path: '/', anyOf: [], noneOf: ['referrals.respond'], section: 'main' },
  { destination: 'partner', path: partnerHome, anyOf: ['referrals.respond'], section: 'main' },
  // A programme manager's first stop: the indicators of their offices and missions.
  { destination: 'dashboard', path: '/dashboard', anyOf: ['indicators.read'], section: 'main' },
  { destination: 'results', path: '/results', anyOf: ['indicators.read'], section: 'main' },
  { destination: 'cases', path: '/cases', anyOf: ['cases.read'], section: 'main' },
  { destination: 'tasks', path: '/tasks', anyOf: ['cases.read'], section: 'main' },
  { destination: 'handOvers', path: '/hand-overs', anyOf: ['cases.read'], section: 'main' },
  { destination: 'referrals', path: '/referrals', anyOf: ['cases.read'], section: 'main' },
  { destination: 'directory', path: '/directory', anyOf: ['organisation.read'], section: 'main' },
  { destination: 'approvals', path: '/approvals', anyOf: ['cases.approve'], section: 'main' },
  { destination: 'planning', path: '/planning', anyOf: ['planning.use'], section: 'main' },
  { destination: 'staff', path: '/staff', anyOf: ['staff.read'], section: 'main' },
  { destination: 'complaints', path: '/complaints', anyOf: ['complaints.handle'], section: 'main' },
  // Every member of staff answers the survey; a partner organisation's user is not staff.
  { destination: 'wellbeing', path: '/wellbeing', anyOf: [], noneOf: ['referrals.respond'], section: 'main' },
  { destination: 'surveyScores', path: '/surveys/scores', anyOf: ['cases.read'], section: 'main' },
  { destination: 'surveyImport', path: '/surveys/import', anyOf: ['cases.write'], section: 'main' },
  { destination: 'audit', path: '/audit', anyOf: ['audit.read'], section: 'main' },
  { destination: 'users', path: '/admin/users', anyOf: ['users.manage'], section: 'administration' },
  {
    destination: 'organisation',
    path: '/admin/organisation',
    anyOf: ['organisation.manage'],
    section: 'administration',
  },
  {
    destination: 'roles',
    path: '/admin/roles',
    anyOf: ['users.manage', 'organisation.manage'],
    section: 'administration',
  },
  {
    destination: 'surveySettings',
    path: '/admin/survey',
    anyOf: ['rss.configure'],
    section: 'administration',
  },
];

export function allowed(entry: Pick<NavEntry, 'anyOf' | 'noneOf'>, permissions: readonly string[]): boolean {
  if (entry.noneOf?.some((p) => permissions.includes(p))) return false;
  return entry.anyOf.length === 0 || entry.anyOf.some((p) => permissions.includes(p));
}

export function entryFor(destination: Destination): NavEntry | undefined {
  return navigation.find((e) => e.destination === destination);
}

/** The translation key of a destination's name in the menu. */
export function labelKey(destination: Destination) {
  if (destination === 'partner') return 'partner.nav' as const;
  if (destination === 'dashboard') return 'dashboard.nav' as const;
  if (destination === 'results') return 'results.nav' as const;
  if (isReferral(destination)) return `referrals.nav.${destination}` as const;
  if (isStaffVoice(destination)) return `${destination}.nav` as const;
  return isSurvey(destination) ? (`rssAdmin.nav.${destination}` as const) : (`nav.${destination}` as const);
}

/** The translation key of what a destination is for, on the home page. */
export function aboutKey(destination: Destination) {
  if (destination === 'partner') return 'partner.about' as const;
  if (destination === 'dashboard') return 'dashboard.about' as const;
  if (destination === 'results') return 'results.about' as const;
  if (isReferral(destination)) return `referrals.about.${destination}` as const;
  if (isStaffVoice(destination)) return `${destination}.about` as const;
  return isSurvey(destination)
    ? (`rssAdmin.about.${destination}` as const)
    : (`home.about.${destination}` as const);
}
