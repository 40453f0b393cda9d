import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A part of a page in a frame, named by its heading (an h2, drawn at `size`). */
export function Section({
  id,
  title,
  size = 'h4',
  children,
}: {
  id: string;
  title: string;
  size?: 'h3' | 'h4';
  children: ReactNode;
}) {
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={id}>
      <Title order={2} size={size} id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
