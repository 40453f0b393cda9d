import { Alert, Anchor, List, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';

export interface SummaryItem {
  /** The id of the input to jump to, when the problem belongs to one. */
  inputId?: string;
  message: string;
}

/**
 * The problems of a form, above it, each a link to its field; it takes focus when it appears
 * (after a refused submit), so that keyboard and screen-reader users learn what is wrong.
 */
export function FormErrorSummary({ title, items, focusKey }: { title: string; items: SummaryItem[]; focusKey: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0 && items.length > 0) ref.current?.focus();
    // Only a new submit moves focus, not every change of the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);

  if (items.length === 0) return null;
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" title={title} role="alert" className="lcp-error-summary">
      {items.length === 1 && !items[0]?.inputId ? (
        <Text size="sm">{items[0]?.message}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {items.map((item, i) => (
            <List.Item key={`${item.inputId ?? 'form'}-${i}`}>
              {item.inputId ? (
                <Anchor
                  href={`#${item.inputId}`}
                  size="sm"
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(item.inputId!)?.focus();
                  }}
                >
                  {item.message}
                </Anchor>
              ) : (
                item.message
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
