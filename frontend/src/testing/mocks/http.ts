import { HttpResponse } from 'msw';

import { env } from '@/config/env';

/** The API's URL of a path, as the client calls it. */
export const apiUrl = (path: string) => `${env.apiUrl}${path}`;

/** A first page holding every item. */
export const page = <T>(items: T[], size = 20) => ({ items, page: 0, size, total: items.length });

/** An RFC 9457 problem answer. */
export const problem = (status: number, title: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json(
    { type: `/problems/${status}`, title, status, detail: title, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
