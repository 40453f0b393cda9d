import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { TFCBT_ID, riversideClinician } from '@/testing/mocks/data';
import { apiUrl } from '@/testing/mocks/handlers';
import { feed, scheduleHandlers } from '@/testing/mocks/schedule';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const NEW_TOKEN = 'zyxwvutsrqponmlkjihgfedcba987654';

beforeEach(() => server.use(...scheduleHandlers));

async function openSchedule() {
  renderApp('/schedule', { me: riversideClinician });
  await screen.findByRole('heading', { level: 1, name: 'My schedule' }, { timeout: 5000 });
  return screen.findByRole('region', { name: 'Subscribe in your calendar program' });
}

describe('the calendar link', () => {
  it('makes the link, copies it and says so, with the address in a field', async () => {
    let rotations = 0;
    server.use(
      http.post(apiUrl('/api/me/calendar-feed'), () => {
        rotations += 1;
        return HttpResponse.json(feed());
      }),
    );
    const user = userEvent.setup({ delay: null });
    const panel = await openSchedule();
    expect(await within(panel).findByText('You have no calendar link yet: copying makes one.')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Copy calendar URL' }));

    await waitFor(() =>
      expect(within(panel).getByText(/A new calendar link was made and copied to the clipboard/)).toBeInTheDocument(),
    );
    expect(await navigator.clipboard.readText()).toBe(feed().scheduleUrl);
    expect(within(panel).getByRole('textbox', { name: /Calendar URL/ })).toHaveValue(feed().scheduleUrl);
    expect(rotations).toBe(1);

    // Copying again copies the same address: no new link.
    await navigator.clipboard.writeText('');
    await user.click(within(panel).getByRole('button', { name: 'Copy calendar URL' }));
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe(feed().scheduleUrl));
    expect(within(panel).getByText(/^Calendar URL copied to the clipboard/)).toBeInTheDocument();
    expect(rotations).toBe(1);
  });

  it('falls back to the field, selected, when the browser refuses to copy', async () => {
    const user = userEvent.setup({ delay: null });
    const panel = await openSchedule();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(await within(panel).findByRole('button', { name: 'Copy calendar URL' }));
    expect(
      await within(panel).findByText(/did not let the page copy it: the address is selected in the field below/),
    ).toBeInTheDocument();
    const field = within(panel).getByRole('textbox', { name: /Calendar URL/ });
    await waitFor(() => expect(field).toHaveFocus());
    expect((field as HTMLInputElement).selectionEnd).toBe(feed().scheduleUrl.length);
    writeText.mockRestore();
  });

  it('rotates only after a confirmation that says the old URL stops working, and copies the new one', async () => {
    let rotations = 0;
    server.use(
      http.post(apiUrl('/api/me/calendar-feed'), () => {
        rotations += 1;
        return HttpResponse.json(feed(rotations === 1 ? undefined : NEW_TOKEN));
      }),
    );
    const user = userEvent.setup({ delay: null });
    const panel = await openSchedule();
    await user.click(await within(panel).findByRole('button', { name: 'Copy calendar URL' }));
    await within(panel).findByRole('textbox', { name: /Calendar URL/ });

    await user.click(within(panel).getByRole('button', { name: 'Rotate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make a new calendar link?' });
    expect(dialog).toHaveTextContent(/current calendar URL stops working at once/);
    expect(dialog).toHaveTextContent(/the old address answers “not found”/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(rotations).toBe(1);

    await user.click(within(panel).getByRole('button', { name: 'Rotate' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Make a new calendar link?' })).getByRole('button', {
        name: 'Make a new link',
      }),
    );
    await waitFor(() =>
      expect(within(panel).getByRole('textbox', { name: /Calendar URL/ })).toHaveValue(feed(NEW_TOKEN).scheduleUrl),
    );
    expect(rotations).toBe(2);
    expect(await navigator.clipboard.readText()).toBe(feed(NEW_TOKEN).scheduleUrl);
  });

  it('copies a link made earlier again, without making a new one', async () => {
    let rotations = 0;
    server.use(
      http.get(apiUrl('/api/me/calendar-feed'), () =>
        HttpResponse.json({ active: true, createdAt: '2026-04-01T10:00:00Z', feed: feed() }),
      ),
      http.post(apiUrl('/api/me/calendar-feed'), () => {
        rotations += 1;
        return HttpResponse.json(feed(NEW_TOKEN));
      }),
    );
    const user = userEvent.setup({ delay: null });
    const panel = await openSchedule();
    await user.click(await within(panel).findByRole('button', { name: 'Copy calendar URL' }));
    expect(await navigator.clipboard.readText()).toBe(feed().scheduleUrl);
    expect(within(panel).getByRole('textbox', { name: /Calendar URL/ })).toHaveValue(feed().scheduleUrl);
    expect(rotations).toBe(0);
  });

  it('explains a link made before links could be shown again, and offers a new one', async () => {
    server.use(
      http.get(apiUrl('/api/me/calendar-feed'), () =>
        HttpResponse.json({ active: true, createdAt: '2026-04-01T10:00:00Z', lastUsedAt: '2026-04-03T08:00:00Z' }),
      ),
    );
    const panel = await openSchedule();
    expect(await within(panel).findByText(/its address cannot be shown/)).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Copy calendar URL' })).not.toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Rotate and copy a new link' })).toBeInTheDocument();
  });

  it('gives the collaborative’s own link on its calendar', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp(`/collaboratives/${TFCBT_ID}/calendar?month=2026-05`, { me: riversideClinician });
    const panel = await screen.findByRole('region', { name: 'Subscribe to this calendar' }, { timeout: 5000 });
    await user.click(await within(panel).findByRole('button', { name: 'Copy calendar URL' }));
    await waitFor(() =>
      expect(within(panel).getByRole('textbox', { name: /Calendar URL/ })).toHaveValue(feed().collaboratives[0]!.url),
    );
    expect(await navigator.clipboard.readText()).toBe(feed().collaboratives[0]!.url);
  });
});
