import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A small label for a state (a phase, "Invited", "Lead"). The colour is a tint behind the text and
 * a border; the text itself stays in the body colour, so contrast is AA whatever the colour.
 */
export function StatusBadge({ color, size = 'md', children }: { color: string; size?: 'sm' | 'md' | 'lg'; children: ReactNode }) {
  return (
    <Badge
      size={size}
      radius="sm"
      variant="outline"
      styles={{
        root: {
          color: 'var(--mantine-color-text)',
          background: `var(--mantine-color-${color}-0)`,
          borderColor: `var(--mantine-color-${color}-5)`,
          textTransform: 'none',
          fontWeight: 600,
          flexShrink: 0,
        },
      }}
    >
      {children}
    </Badge>
  );
}
