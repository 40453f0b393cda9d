import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components, operations } from '@/lib/api/schema';
import { peopleKeys } from './keys';

export type Person = components['schemas']['Person'];
export type PlatformRole = components['schemas']['PlatformRole'];
export type PeopleParams = NonNullable<operations['listPeople']['parameters']['query']>;

export const getPeopleQueryOptions = (params: PeopleParams) =>
  queryOptions({
    queryKey: peopleKeys.list(params),
    queryFn: () => request(api.GET('/api/people', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

export const usePeople = (params: PeopleParams) => useQuery(getPeopleQueryOptions(params));
