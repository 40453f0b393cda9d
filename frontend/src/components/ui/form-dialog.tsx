import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

import { DialogFrame } from './dialog-frame';

/**
 * A form in a modal dialog: named by its title, focus trapped inside, Escape closes it and focus
 * goes back to the button that opened it. On a phone it fills the screen.
 */
export function FormDialog({
  opened,
  title,
  onClose,
  size = 'lg',
  children,
}: {
  opened: boolean;
  title: string;
  onClose: () => void;
  size?: string;
  children: ReactNode;
}) {
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <DialogFrame opened={opened} onClose={onClose} title={title} size={size} fullScreen={phone} centered={!phone}>
      {children}
    </DialogFrame>
  );
}
