import { Grid, Stack, Title } from '@mantine/core';
import type { ComponentProps, ReactNode } from 'react';

import { CardList } from '@/components/ui/card-list';
import type { ScheduleItem } from '../api/get-my-schedule';
import { ScheduleItemCard, itemKey } from './schedule-item-card';

/** A schedule page's layout: the events in a wide column, the calendar subscription (`aside`) beside them from `wideFrom` on. */
export function ScheduleColumns({ wideFrom, aside, children }: { wideFrom: 'md' | 'lg'; aside: ReactNode; children: ReactNode }) {
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, [wideFrom]: 8 }}>
        <Stack gap="md">{children}</Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, [wideFrom]: 4 }}>{aside}</Grid.Col>
    </Grid>
  );
}

/** Events under a heading of their own (a day, a month): a section named by it. */
export function ScheduleSection({
  id,
  title,
  headingOrder,
  children,
}: {
  id: string;
  title: ReactNode;
  headingOrder: 2 | 3;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <Title order={headingOrder} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

/** Events as a list of cards. */
export function ScheduleItemList({
  items,
  ...card
}: { items: ScheduleItem[] } & Omit<ComponentProps<typeof ScheduleItemCard>, 'item'>) {
  return (
    <CardList items={items} keyOf={itemKey}>
      {(item) => <ScheduleItemCard item={item} {...card} />}
    </CardList>
  );
}
