import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components, operations } from '@/lib/api/schema';
import { collaborativeKeys } from './keys';

export type Collaborative = components['schemas']['Collaborative'];
export type CollaborativesParams = NonNullable<operations['listCollaboratives']['parameters']['query']>;

export const getCollaboratives = (params: CollaborativesParams) =>
  request(api.GET('/api/collaboratives', { params: { query: params } }));

export const getCollaborativesQueryOptions = (params: CollaborativesParams) =>
  queryOptions({
    queryKey: collaborativeKeys.list(params),
    queryFn: () => getCollaboratives(params),
    placeholderData: keepPreviousData,
  });

export const useCollaboratives = (params: CollaborativesParams) => useQuery(getCollaborativesQueryOptions(params));
