import { Paper, Title, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

/** A part of a page in a frame, named by its heading (an h2, drawn at `size`, `titleGap` above what follows). */
export function Section({
  id,
  title,
  size = 'h4',
  titleGap = 'sm',
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  size?: 'h3' | 'h4';
  titleGap?: MantineSpacing;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={id} className={className}>
      <Title order={2} size={size} id={id} mb={titleGap}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
