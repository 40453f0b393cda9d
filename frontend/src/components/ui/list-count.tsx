import { Text } from '@mantine/core';

/**
 * The line above a paged list: how many there are and, when there is more than one page, which
 * page this is ("12 items, page 2 of 3"). A status (role=status, polite), so a screen reader
 * hears the new count when a search, a filter or a page changes the list.
 */
export function ListCount({
  total,
  one,
  many,
  page,
  pages = 1,
}: {
  total: number;
  /** What one is called: "item" gives "1 item". */
  one: string;
  /** What several are called: "items" gives "12 items". */
  many: string;
  /** The current page, from 1 (said only when there are several pages). */
  page?: number;
  pages?: number;
}) {
  return (
    <Text size="sm" c="dimmed" role="status">
      {total === 1 ? `1 ${one}` : `${total} ${many}`}
      {pages > 1 && page !== undefined && `, page ${page} of ${pages}`}
    </Text>
  );
}
