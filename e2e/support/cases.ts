// Cases made through the API as the signed-in user: quicker than the form
// where a test is about something else. Administrators cannot open cases, so
// this uses a page's own request context, which shares the page's session cookie.
import type { APIRequestContext } from '@playwright/test';

export interface OpenedCase {
  id: string;
  reference: string;
  version: number;
}

async function csrfToken(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/v1/auth/me');
  if (!response.ok()) throw new Error(`GET /auth/me: ${response.status()} ${await response.text()}`);
  return (await response.json()).csrfToken;
}

async function post<T>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  const response = await request.post(`/api/v1${path}`, {
    data,
    headers: { 'x-csrf-token': await csrfToken(request) },
  });
  if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** Records the migration and return as a colleague would (the first time: version 0). */
export async function recordMigration(
  request: APIRequestContext,
  caseId: string,
  migration: Record<string, unknown>,
): Promise<void> {
  const response = await request.put(`/api/v1/cases/${caseId}/migration`, {
    data: { version: 0, ...migration },
    headers: { 'x-csrf-token': await csrfToken(request) },
  });
  if (!response.ok())
    throw new Error(`PUT /cases/${caseId}/migration: ${response.status()} ${await response.text()}`);
}

/** Opens a case at screening; eligible and with consent to registration, so that it can be registered. */
export async function openCase(
  request: APIRequestContext,
  person: { givenNames: string; familyName: string; birthYear?: number },
  options: { consent?: boolean; sensitive?: boolean } = {},
): Promise<OpenedCase> {
  const file = await post<{ summary: OpenedCase }>(request, '/cases', {
    phase: 'post_return',
    person: {
      names: [{ givenNames: person.givenNames, familyName: person.familyName }],
      sex: 'female',
      ...(person.birthYear ? { birthYear: person.birthYear } : {}),
      phones: ['+224 622 00 11 22'],
      identifiers: [{ kind: 'passport', value: 'GN0012345', issuingCountry: 'GN' }],
    },
    screening: {
      programme: 'AVRR',
      eligible: true,
      reasons: 'Returned from Niger; meets the programme criteria.',
      needsMediumToLongTermServices: true,
      atMediumToHighRisk: false,
    },
    ...(options.consent === false
      ? {}
      : { consent: { purpose: 'registration', method: 'written', givenBy: person.givenNames } }),
    sensitive: options.sensitive ?? false,
  });
  return file.summary;
}

/** Moves a case as another user would, behind the page's back. */
export async function moveCase(
  request: APIRequestContext,
  opened: { id: string; version: number },
  to: string,
): Promise<void> {
  await post(request, `/cases/${opened.id}/transitions`, { version: opened.version, to });
}

/** Flags a case with situations of vulnerability (the whole set), as a colleague would. */
export async function flagVulnerabilities(
  request: APIRequestContext,
  id: string,
  vulnerabilities: string[],
): Promise<void> {
  const response = await request.get(`/api/v1/cases/${id}`);
  if (!response.ok()) throw new Error(`GET /cases/${id}: ${response.status()} ${await response.text()}`);
  const { summary } = await response.json();
  const patched = await request.patch(`/api/v1/cases/${id}`, {
    data: { version: summary.version, vulnerabilities },
    headers: { 'x-csrf-token': await csrfToken(request) },
  });
  if (!patched.ok()) throw new Error(`PATCH /cases/${id}: ${patched.status()} ${await patched.text()}`);
}

/** Records the person's consent, as a colleague would have done. */
export async function recordConsent(
  request: APIRequestContext,
  caseId: string,
  purpose: 'registration' | 'data_sharing' | 'referral' | 'transfer',
): Promise<void> {
  await post(request, `/cases/${caseId}/consents`, { purpose, method: 'written', givenBy: 'The person' });
}

/** Adds a new person to the household of the person on a case. */
export async function addHouseholdMember(
  request: APIRequestContext,
  caseId: string,
  member: {
    relationship: string;
    returnsTogether: boolean;
    givenNames: string;
    familyName: string;
    sex: 'female' | 'male';
    dateOfBirth: string;
  },
): Promise<void> {
  const { relationship, returnsTogether, sex, dateOfBirth, givenNames, familyName } = member;
  await post(request, `/cases/${caseId}/household/members`, {
    relationship,
    returnsTogether,
    person: { names: [{ givenNames, familyName }], sex, dateOfBirth },
  });
}

/** Proposes a transfer to a government caseworker; the case needs consent to the transfer on file. */
export async function proposeTransfer(request: APIRequestContext, caseId: string): Promise<void> {
  await post(request, `/cases/${caseId}/transfers`, {
    recipient: 'government',
    organisation: 'Direction régionale de l’action sociale',
    contactName: 'Mariam Keita',
    reason: 'The family settles in the region; the social services take the follow-up on.',
    summary: 'Medical follow-up done; school enrolment of the children still open.',
  });
}

/** A survey round taken at the office with written consent, answered with `answers` and completed. */
export async function completeSurvey(
  request: APIRequestContext,
  caseId: string,
  answers: Record<string, string | string[]>,
): Promise<void> {
  const started = await post<{ started: string }>(request, `/cases/${caseId}/rss-rounds`, {
    kind: 'baseline',
    location: 'office',
    consent: { given: true, method: 'written' },
  });
  const headers = { 'x-csrf-token': await csrfToken(request) };
  const path = `/api/v1/cases/${caseId}/rss-rounds/${started.started}`;
  const saved = await request.put(`${path}/answers`, { data: { version: 1, answers }, headers });
  if (!saved.ok()) throw new Error(`PUT answers: ${saved.status()} ${await saved.text()}`);
  const done = await request.post(`${path}/complete`, { data: { version: 2 }, headers });
  if (!done.ok()) throw new Error(`POST complete: ${done.status()} ${await done.text()}`);
}

/** Drafts a referral to a service with the person's consent on file, and sends it, as the caseworker would. */
export async function sendReferral(
  request: APIRequestContext,
  caseId: string,
  serviceId: string,
  referral: { reason: string; fields: string[] },
): Promise<{ id: string; version: number }> {
  await recordConsent(request, caseId, 'referral');
  const draft = await post<{ id: string; version: number }>(request, `/cases/${caseId}/referrals`, {
    serviceId,
    urgency: 'routine',
    returneeInformed: true,
    ...referral,
  });
  return post(request, `/cases/${caseId}/referrals/${draft.id}/send`, { version: draft.version });
}

/** A one-time link for a partner without an account; the token is what the caseworker passes on. */
export async function referralLink(
  request: APIRequestContext,
  caseId: string,
  referralId: string,
): Promise<string> {
  const link = await post<{ token: string }>(request, `/cases/${caseId}/referrals/${referralId}/links`, {
    days: 7,
  });
  return link.token;
}

/** Records with the person how a referral went, reading its version first: the partner moved it since. */
export async function recordReferralOutcome(
  request: APIRequestContext,
  caseId: string,
  referralId: string,
): Promise<void> {
  const response = await request.get(`/api/v1/cases/${caseId}/referrals`);
  if (!response.ok()) throw new Error(`GET referrals: ${response.status()} ${await response.text()}`);
  const { items } = (await response.json()) as { items: { id: string; version: number }[] };
  const referral = items.find((r) => r.id === referralId);
  if (!referral) throw new Error(`referral ${referralId} not on case ${caseId}`);
  await post(request, `/cases/${caseId}/referrals/${referralId}/outcome`, {
    version: referral.version,
    received: true,
    metNeed: true,
    returneeSatisfaction: 4,
    note: 'Finished the course; looking for an apprenticeship.',
  });
}
