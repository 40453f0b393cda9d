import { UserManager, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';

import { env } from '@/config/env';

/** Path Keycloak sends the browser back to after sign-in (any path of the origin is registered). */
export const CALLBACK_PATH = '/auth/callback';
/** Path Keycloak sends the browser back to after sign-out. */
export const SIGNED_OUT_PATH = '/signed-out';

/**
 * The realm's public client, authorization code with PKCE (S256, oidc-client-ts's default).
 * The redirect URIs derive from the origin the client is served from, so one build works on any
 * origin the realm allows. Tokens live in sessionStorage (gone with the tab); they are renewed
 * before they expire with the refresh token Keycloak issues (no iframe needed).
 */
export function oidcSettings(origin: string = window.location.origin): UserManagerSettings {
  return {
    authority: env.oidcAuthority,
    client_id: env.oidcClientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}${SIGNED_OUT_PATH}`,
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  };
}

let manager: UserManager | undefined;

/** The one UserManager of the app, created on first use. */
export function getUserManager(): UserManager {
  manager ??= new UserManager(oidcSettings());
  return manager;
}

/** What the sign-in carries through Keycloak and back: where to return to. */
export interface SigninState {
  returnTo: string;
}

/** Sends the browser to Keycloak's sign-in, to come back to `returnTo` (a path of this origin). */
export function signIn(auth: { signinRedirect: (args: { state: SigninState }) => Promise<void> }, returnTo: string) {
  const state: SigninState = { returnTo };
  return auth.signinRedirect({ state });
}

export function returnToOf(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'returnTo' in state) {
    const returnTo = (state as SigninState).returnTo;
    // Only paths of this origin: never an open redirect.
    if (typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//')) {
      return returnTo;
    }
  }
  return '/';
}
