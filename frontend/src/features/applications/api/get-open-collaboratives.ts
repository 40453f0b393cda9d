import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { applicationKeys } from './keys';

/** Collaboratives whose applications are open now. */
export const getOpenCollaboratives = () =>
  request(api.GET('/api/collaboratives', { params: { query: { phase: 'APPLICATIONS_OPEN', size: 100 } } }));

export const useOpenCollaboratives = () =>
  useQuery(queryOptions({ queryKey: applicationKeys.openCollaboratives(), queryFn: getOpenCollaboratives }));
