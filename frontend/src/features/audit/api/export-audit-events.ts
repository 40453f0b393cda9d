import { api } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { suggestedFileName } from '@/lib/api/request';
import type { AuditFilters } from './get-audit-events';

/**
 * The filtered trail as the API's CSV export (it needs the bearer token, so it is fetched, not
 * linked); `truncated` when more events matched than the file holds.
 */
export async function exportAuditEvents(
  filters: Omit<AuditFilters, 'page' | 'size'>,
): Promise<{ blob: Blob; fileName: string; truncated: boolean }> {
  const { data, error, response } = await api.GET('/api/audit-events/export', {
    params: { query: filters },
    parseAs: 'blob',
  });
  if (!response.ok) throw new ApiError(response.status, error);
  return {
    blob: data as Blob,
    fileName: suggestedFileName(response, 'audit-events.csv'),
    truncated: response.headers.get('X-Truncated') === 'true',
  };
}
