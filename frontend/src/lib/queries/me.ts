import { queryOptions } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';

/** The signed-in person (roles, memberships, faculty assignments): creating a collaborative changes it. */
export const meKeys = {
  all: ['me'] as const,
};

export const meQueryOptions = () =>
  queryOptions({
    queryKey: meKeys.all,
    queryFn: () => request(api.GET('/api/me')),
    staleTime: 60_000,
  });
