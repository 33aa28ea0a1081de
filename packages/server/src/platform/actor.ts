import type { Permission, Role, Scope, Viewer } from '@reintegra/domain';
import type { UserView } from '../users/views.ts';

/** The signed-in user a request acts for. */
export interface Actor extends Viewer {
  username: string;
  displayName: string;
  role: Role;
  scope: Scope;
  permissions: readonly Permission[];
  mustChangePassword: boolean;
  /** The user's account as they see it, read with the session, so /auth/me needs no second query. */
  account: UserView;
  /** How the request proved who it is: a browser session (needs CSRF) or an API token (does not). */
  via: { kind: 'session'; tokenHash: string; csrfToken: string } | { kind: 'token'; tokenId: string };
}
