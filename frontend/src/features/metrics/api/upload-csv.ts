import { env } from '@/config/env';
import { rawAuth } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { isImportReport, type ImportReport } from './import-values';

export interface UploadCsvOptions {
  collaborativeId: string;
  file: Blob;
  dryRun: boolean;
  mode: 'atomic' | 'partial';
  /** Sent on a real import, so that a retry of it is answered without writing twice. */
  idempotencyKey?: string;
  /** 0 to 1, as the file goes up. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Uploads a CSV file through XMLHttpRequest, whose upload events report progress (fetch has none
 * for request bodies). Resolves with the import report, also for a refused atomic import (422);
 * anything else that is not 2xx is thrown as an ApiError, a network failure as a TypeError.
 */
export async function uploadCsv({
  collaborativeId,
  file,
  dryRun,
  mode,
  idempotencyKey,
  onProgress,
  signal,
}: UploadCsvOptions): Promise<ImportReport> {
  const token = await rawAuth.token();
  // The bytes, read once (a file of the largest size allowed, 50 MB, reads in a moment); a
  // retry sends exactly what was checked even if the file changed on disk meanwhile.
  const body = await file.arrayBuffer();
  const url = new URL(`${env.apiUrl}/api/collaboratives/${encodeURIComponent(collaborativeId)}/metric-imports`);
  url.searchParams.set('mode', mode);
  if (dryRun) url.searchParams.set('dryRun', 'true');
  return new Promise<ImportReport>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url.toString());
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    if (idempotencyKey) xhr.setRequestHeader('Idempotency-Key', idempotencyKey);
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    });
    xhr.addEventListener('load', () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && isImportReport(body)) {
        onProgress?.(1);
        resolve(body);
      } else if (xhr.status === 422 && isImportReport(body)) {
        resolve(body);
      } else {
        if (xhr.status === 401) rawAuth.unauthorized();
        reject(new ApiError(xhr.status, body));
      }
    });
    xhr.addEventListener('error', () => reject(new TypeError('The upload failed')));
    xhr.addEventListener('abort', () => reject(new DOMException('The upload was cancelled', 'AbortError')));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}
