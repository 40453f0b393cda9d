/**
 * The client's configuration, read at build time from VITE_* variables
 * (see .env.example). An unset or empty variable takes its local-development default.
 */
function read(value: string | undefined, fallback: string): string {
  const trimmed = value?.trim();
  return trimmed ? trimmed : fallback;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export const env = {
  /** Base URL of the platform's JSON API. */
  apiUrl: withoutTrailingSlash(read(import.meta.env.VITE_API_URL, 'http://localhost:8080')),
  /** OpenID Connect issuer (the platform's Keycloak realm). */
  oidcAuthority: withoutTrailingSlash(read(import.meta.env.VITE_OIDC_AUTHORITY, 'http://localhost:8180/realms/lcp')),
  /** OpenID Connect client id of this web client. */
  oidcClientId: read(import.meta.env.VITE_OIDC_CLIENT_ID, 'lcp-web'),
} as const;
