import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { callKeys } from '@/lib/queries/calls';

export interface ArchiveParams {
  q?: string;
  topic?: string;
  page: number;
  size: number;
}

/** Calls with an archive entry, newest first; `q` matches part of the topic or a topic covered. */
export const searchArchive = (collaborativeId: string, params: ArchiveParams) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/call-archive', { params: { path: { collaborativeId }, query: params } }),
  );

export const useCallArchive = (collaborativeId: string, params: ArchiveParams) =>
  useQuery(
    queryOptions({
      queryKey: callKeys.archive(collaborativeId, params),
      queryFn: () => searchArchive(collaborativeId, params),
      placeholderData: keepPreviousData,
    }),
  );
