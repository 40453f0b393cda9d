import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { axeViolations } from '@/testing/axe';
import { Providers } from '@/testing/test-utils';
import { ConfirmDialog } from './confirm-dialog';
import { FormDialog } from './form-dialog';

/** A page with its own banner and main landmarks, as the app shell has, and a dialog open over it. */
function onPage(dialog: ReactNode) {
  return render(
    <Providers>
      <header>Learning collaboratives</header>
      <main>
        <h1>A page</h1>
        <button type="button">Opens the dialog</button>
      </main>
      {dialog}
    </Providers>,
  );
}

describe('the shared dialogs', () => {
  // What index.html gives the real page, for axe's page-level rules (document-title, html-has-lang).
  beforeEach(() => {
    document.title = 'A page';
    document.documentElement.lang = 'en';
  });

  it('a form dialog is named by its title, adds no banner landmark and closes on its button and on Escape', async () => {
    const onClose = vi.fn();
    onPage(
      <FormDialog opened title="Edit the item" onClose={onClose}>
        <label>
          Title <input name="title" />
        </label>
      </FormDialog>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit the item' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    // Only the page's own banner: the dialog's title bar is no <header>.
    expect(screen.getAllByRole('banner')).toHaveLength(1);
    expect(dialog.querySelector('header')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Edit the item' })).toBeInTheDocument();
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));

    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('a confirm dialog is named by its title and described by its text', async () => {
    const onCancel = vi.fn();
    const onConfirm = vi.fn();
    onPage(
      <ConfirmDialog opened title="Remove this member?" confirmLabel="Remove" onConfirm={onConfirm} onCancel={onCancel}>
        <p>They lose access at once.</p>
      </ConfirmDialog>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Remove this member?' });
    expect(dialog).toHaveAccessibleDescription(/They lose access at once/);
    expect(screen.getAllByRole('banner')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('has no moderate, serious or critical accessibility violation on the page with a dialog open (axe)', async () => {
    onPage(
      <FormDialog opened title="Edit the item" onClose={() => {}}>
        <label>
          Title <input name="title" />
        </label>
      </FormDialog>,
    );
    await screen.findByRole('dialog', { name: 'Edit the item' });
    expect(await axeViolations(document)).toEqual([]);
  });

  it('has none with a confirm dialog open either (axe)', async () => {
    onPage(
      <ConfirmDialog opened title="Remove this member?" confirmLabel="Remove" onConfirm={() => {}} onCancel={() => {}}>
        <p>They lose access at once.</p>
      </ConfirmDialog>,
    );
    await screen.findByRole('dialog', { name: 'Remove this member?' });
    expect(await axeViolations(document)).toEqual([]);
  });
});
