import { queryOptions } from '@tanstack/react-query';
import { createContext, useContext } from 'react';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';

export type Me = components['schemas']['Me'];

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: () => request(api.GET('/api/me')),
    staleTime: 60_000,
  });

const MeContext = createContext<Me | undefined>(undefined);

export const MeProvider = MeContext.Provider;

/** The signed-in person, as the API knows them (the app shell loads it before any page). */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) {
    throw new Error('useMe() outside the signed-in app shell');
  }
  return me;
}
