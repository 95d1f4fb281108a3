import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Schemas } from './api/client.ts';
import type { Role } from './permissions.ts';

export interface SessionState {
  me: Schemas['Profile'];
  /** the caller's organizations (active and blocked) */
  orgs: Schemas['MyOrganization'][];
  reload: () => void;
}

export const SessionContext = createContext<SessionState | undefined>(undefined);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in shell');
  return session;
}

export interface OrgState {
  org: Schemas['Organization'];
  etag: string | undefined;
  role: Role;
  /** what the caller's role holds here (`GET /me/organizations`): built-in or custom, application ones too */
  permissions: ReadonlySet<string>;
  /** reads the organization (and its ETag) again; settles when the fresh copy is in place */
  reloadOrg: () => Promise<void>;
}

export const OrgContext = createContext<OrgState | undefined>(undefined);

export function useOrg(): OrgState {
  const state = useContext(OrgContext);
  if (!state) throw new Error('useOrg outside an organization page');
  return state;
}
