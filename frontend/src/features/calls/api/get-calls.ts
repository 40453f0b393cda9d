import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { callKeys } from '@/lib/queries/calls';

export type Call = components['schemas']['Call'];
export type CallKind = components['schemas']['CallKind'];
export type CallState = components['schemas']['CallState'];

export interface CallsParams {
  from?: string;
  to?: string;
  kind?: CallKind;
  state?: CallState;
  page: number;
  size: number;
}

/** The collaborative's calls the caller may see, earliest first. */
export const getCalls = (collaborativeId: string, params: CallsParams) =>
  request(api.GET('/api/collaboratives/{collaborativeId}/calls', { params: { path: { collaborativeId }, query: params } }));

export const useCalls = (collaborativeId: string, params: CallsParams) =>
  useQuery(
    queryOptions({
      queryKey: callKeys.list(collaborativeId, params),
      queryFn: () => getCalls(collaborativeId, params),
      placeholderData: keepPreviousData,
    }),
  );
