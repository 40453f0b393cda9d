import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import { callKeys } from './keys';

/** A call with its archive entry and its ETag (for moving, cancelling or archiving it). */
export const getCall = (callId: string) => requestVersioned(api.GET('/api/calls/{callId}', { params: { path: { callId } } }));

export const useCall = (callId: string) =>
  useQuery(queryOptions({ queryKey: callKeys.detail(callId), queryFn: () => getCall(callId) }));
