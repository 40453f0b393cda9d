import { ApiError } from './problem';

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a 2xx answer of openapi-fetch; anything else is thrown as an ApiError. */
export async function request<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ApiError(response.status, error);
  }
  return data as T;
}

/** A resource with the ETag it was read with, to send back in If-Match. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

export async function requestVersioned<T>(call: Promise<Answer<T>>): Promise<Versioned<T>> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ApiError(response.status, error);
  }
  return { data: data as T, etag: response.headers.get('ETag') ?? '' };
}

/** The file name an answer's Content-Disposition suggests (when the browser may read it), else `fallback`. */
export function suggestedFileName(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallback;
}
