import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { metricKeys } from './keys';

export type ImportReport = components['schemas']['ImportReport'];
export type ImportRejection = components['schemas']['ImportRejection'];
export type MetricValueRow = components['schemas']['MetricValueRow'];

/** An import report (as opposed to a problem: a 422 carries either). */
export function isImportReport(body: unknown): body is ImportReport {
  return typeof body === 'object' && body !== null && 'rejections' in body && 'received' in body;
}

/**
 * The grid's changed cells as one JSON upload, all or nothing (mode=atomic). A refused upload
 * (422 with rejected rows) is answered with its report, not thrown: its rejections belong at
 * their cells. A retry of the same save sends the same Idempotency-Key.
 */
export async function importValues({
  collaborativeId,
  rows,
  idempotencyKey,
}: {
  collaborativeId: string;
  rows: MetricValueRow[];
  idempotencyKey: string;
}): Promise<ImportReport> {
  const { data, error, response } = await api.POST('/api/collaboratives/{collaborativeId}/metric-imports', {
    params: { path: { collaborativeId }, query: { mode: 'atomic' }, header: { 'Idempotency-Key': idempotencyKey } },
    // The contract types the body as bytes (JSON or CSV); openapi-fetch sends it as JSON.
    body: rows as unknown as string,
  });
  if (response.ok) return data as ImportReport;
  if (response.status === 422 && isImportReport(error)) return error;
  throw new ApiError(response.status, error);
}

export function useImportValues() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importValues,
    onSuccess: async (report) => {
      if (report.written) await queryClient.invalidateQueries({ queryKey: metricKeys.all });
    },
  });
}
