import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { metricKeys } from './keys';

export type MetricCompleteness = components['schemas']['MetricCompleteness'];
export type CompletenessState = components['schemas']['CompletenessState'];
export type CompletenessTeam = components['schemas']['CompletenessTeam'];

export interface CompletenessFilter {
  /** One team (its organisation): its row alone, whatever the page. */
  organizationId?: string;
  from?: string;
  to?: string;
  /** Teams whose name contains this text. */
  q?: string;
  /** Only this measure's row for each team. */
  measureKey?: string;
  /** Only the teams with a value overdue in the range. */
  overdueOnly?: boolean;
  /** The page of teams, from 0. */
  page?: number;
  /** Teams per page (at most 100; the API's default is 20). */
  size?: number;
}

/**
 * Team × measure × period: reported, late, missing, locked or not due, with per-cell locks; a page
 * of the teams that match the filters, with how many match (`total`), how many the caller sees
 * (`enrolled`) and how many owe a value (`overdueTeams`).
 */
export const getCompleteness = (collaborativeId: string, filter: CompletenessFilter) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/metric-completeness', {
      params: { path: { collaborativeId }, query: filter },
    }),
  );

export const useCompleteness = (collaborativeId: string, filter: CompletenessFilter, enabled = true) =>
  useQuery(
    queryOptions({
      queryKey: metricKeys.completeness(collaborativeId, filter),
      queryFn: () => getCompleteness(collaborativeId, filter),
      placeholderData: keepPreviousData,
      enabled,
    }),
  );
