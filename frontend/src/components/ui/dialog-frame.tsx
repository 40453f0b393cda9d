import { Modal, useModalContext } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The title bar: Mantine's own Modal.Header is a `<header>`, which outside a sectioning element
 * is a banner landmark, so every open dialog gave the page a second, unnamed banner (axe:
 * landmark-no-duplicate-banner, landmark-unique). A `<div>` with the same styling instead
 * (Mantine's header classes for the radius and theme overrides, `.lcp-dialog-header` for the
 * layout Mantine keeps on its internal class).
 */
function DialogHeader({ children }: { children: ReactNode }) {
  const { className, style } = useModalContext().getStyles('header');
  return (
    <div className={`${className} lcp-dialog-header`} style={style}>
      {children}
    </div>
  );
}

export interface DialogFrameProps {
  opened: boolean;
  onClose: () => void;
  /** Names the dialog (aria-labelledby points at it). */
  title: string;
  /** The close button's accessible name. */
  closeLabel?: string;
  size?: string;
  fullScreen?: boolean;
  centered?: boolean;
  children: ReactNode;
}

/**
 * Every dialog's frame: Mantine's Modal put together from its parts. It traps focus, closes on
 * Escape, on the close button and on a click outside, and gives focus back to where it was; the
 * dialog is named by its title and described by its body.
 */
export function DialogFrame({
  opened,
  onClose,
  title,
  closeLabel = 'Close',
  size,
  fullScreen,
  centered,
  children,
}: DialogFrameProps) {
  return (
    <Modal.Root opened={opened} onClose={onClose} size={size} fullScreen={fullScreen} centered={centered}>
      <Modal.Overlay />
      <Modal.Content>
        <DialogHeader>
          <Modal.Title>{title}</Modal.Title>
          <Modal.CloseButton aria-label={closeLabel} />
        </DialogHeader>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
