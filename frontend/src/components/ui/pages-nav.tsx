import { Pagination } from '@mantine/core';

/**
 * Pages of a list, as a labelled navigation landmark whose controls say what they do
 * ("Page 3", "next page"). Shows nothing when everything fits on one page.
 */
export function PagesNav({
  label,
  pages,
  page,
  onChange,
}: {
  /** What is paged, e.g. "Pages of teams" */
  label: string;
  pages: number;
  /** The current page, from 1 */
  page: number;
  onChange: (page: number) => void;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label}>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        getControlProps={(control) => ({ 'aria-label': `${control} page` })}
        getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
      />
    </nav>
  );
}
