import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { withoutVersion } from './versioned';

export type Call = components['schemas']['Call'];

/** Calls and their series (the calls feature; attendance makes a call held): every key starts with 'calls'. */
export const callKeys = {
  all: ['calls'] as const,
  lists: () => [...callKeys.all, 'list'] as const,
  list: (collaborativeId: string, params: object) => [...callKeys.lists(), collaborativeId, params] as const,
  details: () => [...callKeys.all, 'detail'] as const,
  detail: (callId: string) => [...callKeys.details(), callId] as const,
  allSeries: () => [...callKeys.all, 'series'] as const,
  series: (seriesId: string) => [...callKeys.allSeries(), seriesId] as const,
  archives: () => [...callKeys.all, 'archive'] as const,
  archive: (collaborativeId: string, params: object) => [...callKeys.archives(), collaborativeId, params] as const,
  registrations: (callId: string) => [...callKeys.all, 'registrations', callId] as const,
};

export const callQueries = {
  /** A call with its archive entry and its ETag (for moving, cancelling or archiving it). */
  detail: (callId: string) =>
    queryOptions({
      queryKey: callKeys.detail(callId),
      queryFn: () => requestVersioned(api.GET('/api/calls/{callId}', { params: { path: { callId } } })),
    }),
};

export const useVersionedCall = (callId: string) => useQuery(callQueries.detail(callId));

/** The call for pages that only show it. */
export const useCall = (callId: string) => useQuery({ ...callQueries.detail(callId), select: withoutVersion });
