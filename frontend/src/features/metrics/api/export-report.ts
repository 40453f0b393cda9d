import { api } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';

/** The file name the API suggests (when the browser may read it), else `fallback`. */
function fileName(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallback;
}

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
  return { blob: data as Blob, fileName: fileName(response, `collaborative-report-${asOf}.pdf`) };
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
  return { blob: data as Blob, fileName: fileName(response, `run-chart-${asOf}.csv`) };
}
