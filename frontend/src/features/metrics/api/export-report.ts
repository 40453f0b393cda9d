import { api } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { suggestedFileName } from '@/lib/api/request';

/**
 * The collaborative's report for funders (PDF) as of a day: fetched with the bearer token, not
 * linked. The figures are the values as they stood at the end of that day, so it can be reproduced.
 */
export async function exportReport({
  collaborativeId,
  asOf,
}: {
  collaborativeId: string;
  asOf: string;
}): Promise<{ blob: Blob; fileName: string }> {
  const { data, error, response } = await api.GET('/api/collaboratives/{collaborativeId}/report', {
    params: { path: { collaborativeId }, query: { asOf } },
    parseAs: 'blob',
  });
  if (!response.ok) throw new ApiError(response.status, error);
  return { blob: data as Blob, fileName: suggestedFileName(response, `collaborative-report-${asOf}.pdf`) };
}

/** One measure's pooled chart data (every team, pooled, n of N, centre line, signals) as CSV. */
export async function exportRunChart({
  collaborativeId,
  measureId,
  asOf,
}: {
  collaborativeId: string;
  measureId: string;
  asOf: string;
}): Promise<{ blob: Blob; fileName: string }> {
  const { data, error, response } = await api.GET('/api/collaboratives/{collaborativeId}/measures/{measureId}/run-chart/export', {
    params: { path: { collaborativeId, measureId }, query: { asOf } },
    parseAs: 'blob',
  });
  if (!response.ok) throw new ApiError(response.status, error);
  return { blob: data as Blob, fileName: suggestedFileName(response, `run-chart-${asOf}.csv`) };
}
