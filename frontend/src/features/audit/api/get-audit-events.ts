import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components, operations } from '@/lib/api/schema';
import { auditKeys } from './keys';

export type AuditEvent = components['schemas']['AuditEvent'];
export type AuditFilters = NonNullable<operations['listAuditEvents']['parameters']['query']>;

export const getAuditEventsQueryOptions = (params: AuditFilters) =>
  queryOptions({
    queryKey: auditKeys.list(params),
    queryFn: () => request(api.GET('/api/audit-events', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

/** A page of the audit trail; not fetched while the filters are invalid. */
export const useAuditEvents = (params: AuditFilters, enabled = true) =>
  useQuery({ ...getAuditEventsQueryOptions(params), enabled });
