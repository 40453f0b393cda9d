import createClient, { type Middleware } from 'openapi-fetch';

import { env } from '@/config/env';
import type { paths } from './schema';

/** How the API client gets its bearer token and what it does when the API answers 401. */
export interface ApiAuth {
  /** The current access token, or nothing when signed out. */
  getAccessToken: () => Promise<string | null | undefined>;
  /** Called on every 401 (expired, revoked or foreign token): the caller signs in again. */
  onUnauthorized: () => void;
}

let auth: ApiAuth = {
  getAccessToken: () => Promise.resolve(undefined),
  onUnauthorized: () => {},
};

/** Wires the API client to the sign-in (see app/provider.tsx; tests wire a fake). */
export function configureApiAuth(next: ApiAuth): void {
  auth = next;
}

/**
 * For the few requests openapi-fetch cannot make (an upload with progress events through
 * XMLHttpRequest): the current bearer token, and what to do on a 401.
 */
export const rawAuth = {
  token: (): Promise<string | null | undefined> => auth.getAccessToken(),
  unauthorized: (): void => auth.onUnauthorized(),
};

const bearer: Middleware = {
  async onRequest({ request }) {
    const token = await auth.getAccessToken();
    if (token) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) {
      auth.onUnauthorized();
    }
    return response;
  },
};

/** Typed client of the platform's API; its types are generated from ../openapi.yaml (npm run gen:api). */
export const api = createClient<paths>({
  baseUrl: env.apiUrl,
  // Looked up at each call, so that test doubles installed after this module loaded are used.
  fetch: (request) => globalThis.fetch(request),
});
api.use(bearer);
