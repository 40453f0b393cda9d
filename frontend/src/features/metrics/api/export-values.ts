import { api } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { suggestedFileName } from '@/lib/api/request';

/**
 * The current values as the API's CSV export (it needs the bearer token, so it is fetched, not
 * linked) with the file name the API suggests when the browser may read it.
 */
export async function exportValues({
  collaborativeId,
  organizationId,
}: {
  collaborativeId: string;
  organizationId?: string;
}): Promise<{ blob: Blob; fileName: string }> {
  const { data, error, response } = await api.GET('/api/collaboratives/{collaborativeId}/metric-values/export', {
    params: { path: { collaborativeId }, query: organizationId ? { organizationId } : {} },
    parseAs: 'blob',
  });
  if (!response.ok) throw new ApiError(response.status, error);
  return {
    blob: data as Blob,
    fileName: suggestedFileName(response, `metric-values-${new Date().toISOString().slice(0, 10)}.csv`),
  };
}
