import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's theme: colours chosen for WCAG AA contrast (primary shade 7 on white; dimmed text
 * in gray 7 instead of gray 6), and the focus ring shown for keyboard focus.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 5 },
  focusRing: 'auto',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontWeight: '700' },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Error text (red 6 is 3.3:1 on white).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
