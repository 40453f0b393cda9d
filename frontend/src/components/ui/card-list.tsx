import { Card, Stack, type MantineSpacing, type StackProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface CardListProps<T> {
  items: readonly T[];
  /** The key of an item's list entry. */
  keyOf: (item: T) => string;
  /** The list's name, when the page has more than one list or the list needs naming. */
  label?: string;
  /** One item, usually an `ItemCard`. */
  children: (item: T) => ReactNode;
}

function PlainList<T>({ items, keyOf, label, children, className }: CardListProps<T> & { className: string }) {
  return (
    <ul className={`lcp-plain-list ${className}`} aria-label={label}>
      {items.map((item) => (
        <li key={keyOf(item)}>{children(item)}</li>
      ))}
    </ul>
  );
}

/** A list of cards, one below the other (a plain list for screen readers: "list, N items"). */
export function CardList<T>(props: CardListProps<T>) {
  return <PlainList {...props} className="lcp-card-list" />;
}

/** A list of rows divided by rules (people, clients): a plain list, like CardList. */
export function RowList<T>(props: CardListProps<T>) {
  return <PlainList {...props} className="lcp-rows" />;
}

interface ItemCardProps {
  /** The id of the card's heading or link, which names the article. */
  labelledBy: string;
  padding?: MantineSpacing;
  /** The space between the card's lines. */
  gap?: StackProps['gap'];
  className?: string;
  children: ReactNode;
}

/** One item of a list as an article in a frame, named by its heading, its lines stacked. */
export function ItemCard({ labelledBy, padding = 'sm', gap = 6, className, children }: ItemCardProps) {
  return (
    <Card component="article" withBorder radius="md" padding={padding} aria-labelledby={labelledBy} className={className}>
      <Stack gap={gap}>{children}</Stack>
    </Card>
  );
}
