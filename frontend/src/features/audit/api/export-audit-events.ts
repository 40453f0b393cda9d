import { api } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
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
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const named = /filename="?([^";]+)"?/.exec(disposition)?.[1];
  return {
    blob: data as Blob,
    fileName: named ?? 'audit-events.csv',
    truncated: response.headers.get('X-Truncated') === 'true',
  };
}
