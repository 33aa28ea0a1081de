import type { Permission, Role, Scope, Viewer } from '@reintegra/domain';

/** The signed-in user a request acts for. */
export interface Actor extends Viewer {
  username: string;
  displayName: string;
  role: Role;
  scope: Scope;
  permissions: readonly Permission[];
  mustChangePassword: boolean;
  /** How the request proved who it is: a browser session (needs CSRF) or an API token (does not). */
  via: { kind: 'session'; tokenHash: string; csrfToken: string } | { kind: 'token'; tokenId: string };
}
