// Test data made through the API as the administrator: quicker than clicking,
// and each test makes its own so that none depends on another.
import type { APIRequestContext } from '@playwright/test';
import { administrator, knownPassword, unique } from './constants.ts';

export interface CreatedUser {
  id: string;
  username: string;
  displayName: string;
  password: string;
}

export class AdminApi {
  private readonly request: APIRequestContext;
  private csrfToken = '';

  private constructor(request: APIRequestContext) {
    this.request = request;
  }

  /** Signs in as the administrator, or as `who` (a supervisor keeping the service directory). */
  static async signIn(
    request: APIRequestContext,
    who: { username: string; password: string } = administrator,
  ): Promise<AdminApi> {
    const api = new AdminApi(request);
    const response = await request.post('/api/v1/auth/login', {
      data: { username: who.username, password: who.password },
    });
    if (!response.ok())
      throw new Error(`${who.username} sign-in failed: ${response.status()} ${await response.text()}`);
    api.csrfToken = (await response.json()).csrfToken;
    return api;
  }

  async post<T>(path: string, data: unknown): Promise<T> {
    const response = await this.request.post(`/api/v1${path}`, {
      data,
      headers: { 'x-csrf-token': this.csrfToken },
    });
    if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
    return response.json();
  }

  async get<T>(path: string): Promise<T> {
    const response = await this.request.get(`/api/v1${path}`);
    if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
    return response.json();
  }

  /** Polls a job the administrator started (an import, a recompute) until it is no longer running. */
  async finishedJob<T = { status: string; report: Record<string, unknown> }>(
    jobId: string,
    timeoutMs = 60_000,
  ): Promise<T & { status: string }> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const job = await this.get<T & { status: string }>(`/jobs/${jobId}`);
      if (job.status !== 'running') return job;
      if (Date.now() > until) throw new Error(`job ${jobId} still running after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  async patch<T>(path: string, data: unknown): Promise<T> {
    const response = await this.request.patch(`/api/v1${path}`, {
      data,
      headers: { 'x-csrf-token': this.csrfToken },
    });
    if (!response.ok()) throw new Error(`PATCH ${path}: ${response.status()} ${await response.text()}`);
    return response.json();
  }

  /**
   * A country mission with one office, both named uniquely. Tests that open
   * cases give each mission its own country: case references are numbered
   * per mission but start with the country code, so two missions of one
   * country would hand out the same reference.
   */
  async missionWithOffice(
    countryCode = 'SN',
    role: 'origin' | 'host' = 'origin',
  ): Promise<{ missionId: string; missionName: string; officeId: string; officeName: string }> {
    const missionName = unique('Mission ');
    const mission = await this.post<{ id: string }>('/missions', { name: missionName, countryCode, role });
    const officeName = unique('Office ');
    const office = await this.post<{ id: string }>('/offices', {
      missionId: mission.id,
      name: officeName,
      location: 'Dakar',
    });
    return { missionId: mission.id, missionName, officeId: office.id, officeName };
  }

  /**
   * A user with a known password (ready to sign in), or, with `temporary`,
   * one the server gives a temporary password that must be changed.
   */
  async user(options: {
    role: string;
    officeId?: string;
    language?: 'en' | 'fr' | 'ar';
    temporary?: boolean;
  }): Promise<CreatedUser> {
    const username = unique('user.');
    const displayName = unique('Tester ');
    const { user, temporaryPassword } = await this.post<{
      user: { id: string };
      temporaryPassword: string | null;
    }>('/admin/users', {
      username,
      displayName,
      role: options.role,
      ...(options.officeId ? { officeId: options.officeId } : {}),
      ...(options.language ? { language: options.language } : {}),
      ...(options.temporary ? {} : { password: knownPassword }),
    });
    return { id: user.id, username, displayName, password: temporaryPassword ?? knownPassword };
  }
}
