import { createContext, useContext } from 'react';

import type { components } from '@/lib/api/schema';

export type Me = components['schemas']['Me'];

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
