import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import createClient from 'openapi-fetch';

import { env } from '@/config/env';
import { request } from '@/lib/api/request';
import type { paths } from '@/lib/api/schema';
import { notificationKeys } from './keys';

/**
 * The unsubscribe link works signed out: its signed token says who and what, so these requests
 * carry no bearer token (a client of their own, without the sign-in middleware).
 */
const open = createClient<paths>({ baseUrl: env.apiUrl, fetch: (r) => globalThis.fetch(r) });

export const getUnsubscribe = (unsubscribeToken: string) =>
  request(open.GET('/api/unsubscribe/{unsubscribeToken}', { params: { path: { unsubscribeToken } } }));

export const useUnsubscription = (token: string) =>
  useQuery(queryOptions({ queryKey: notificationKeys.unsubscribe(token), queryFn: () => getUnsubscribe(token), retry: false }));

export const unsubscribe = (unsubscribeToken: string) =>
  request(
    open.POST('/api/unsubscribe/{unsubscribeToken}', {
      params: { path: { unsubscribeToken } },
      body: { 'List-Unsubscribe': 'One-Click' },
      bodySerializer: (body) => new URLSearchParams(body as Record<string, string>).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    }),
  );

export function useUnsubscribe(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unsubscribe(token),
    onSuccess: (done) => queryClient.setQueryData(notificationKeys.unsubscribe(token), done),
  });
}
