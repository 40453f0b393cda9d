import { Group, Stack, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';

const APP_NAME = 'Learning Collaborative Platform';

// The first page after a full load keeps the browser's focus; every page after an in-app
// navigation moves focus to its heading, so screen-reader and keyboard users start there.
let firstPage = true;

/** Resets focus handling (tests render many "first" pages). */
export function resetPageFocus(): void {
  firstPage = true;
}

interface PageProps {
  title: string;
  /** Shown above the heading, e.g. a back link. */
  before?: ReactNode;
  /** Beside the heading, e.g. badges. */
  aside?: ReactNode;
  /** Buttons for what the person may do here. */
  actions?: ReactNode;
  children?: ReactNode;
}

/** A page: its document title, its one h1 (focused after navigation), its actions. */
export function Page({ title, before, aside, actions, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · ${APP_NAME}`;
  }, [title]);

  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    heading.current?.focus();
  }, []);

  return (
    <Stack gap="lg">
      {before}
      <Group justify="space-between" align="flex-start" gap="md">
        <Group gap="sm" align="center">
          <Title order={1} ref={heading} tabIndex={-1} className="lcp-page-title">
            {title}
          </Title>
          {aside}
        </Group>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
      {children}
    </Stack>
  );
}
