import type { Versioned } from '@/lib/api/request';

/**
 * `select` for a page that shows a versioned resource without editing it: the same cache entry as
 * the editor's (one key per resource), only its data. Stable, so the selection is memoised.
 */
export const withoutVersion = <T>(versioned: Versioned<T>): T => versioned.data;
