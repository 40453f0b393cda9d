import { Grid, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

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
