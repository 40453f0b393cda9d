import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useRef, useState } from 'react';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage } from '@/lib/api/problem';
import { formatInstant } from '@/utils/format';
import {
  collaborativeFeedUrl,
  useCalendarFeedLinks,
  useCalendarFeedStatus,
  useRevokeCalendarFeed,
  useRotateCalendarFeed,
  type CalendarFeed,
} from '../api/calendar-feed';
import { copyText } from '../utils/clipboard';

interface CalendarLinkProps {
  /** A collaborative's calendar; without it, the person's own schedule. */
  collaborativeId?: string;
  collaborativeTitle?: string;
}

/**
 * The secret address calendar programs subscribe to: copied with one button (with a visible
 * confirmation, and the address in a field to copy by hand when the browser refuses), rotated
 * after a confirmation that says the old address stops working, or turned off.
 *
 * The API shows an address only in the answer that makes it; this browser session remembers it.
 * When a link exists but is not known here, the only way to copy one is to make a new one.
 */
export function CalendarLink({ collaborativeId, collaborativeTitle }: CalendarLinkProps) {
  const status = useCalendarFeedStatus();
  const rotated = useCalendarFeedLinks();
  // the links of a rotation in this page, or those the API shows again
  const links = rotated ?? status.data?.feed;
  const rotate = useRotateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirm, setConfirm] = useState<'rotate' | 'revoke' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const titleId = `${id}-title`;

  const urlOf = (feed: CalendarFeed | undefined) =>
    feed ? (collaborativeId ? collaborativeFeedUrl(feed, collaborativeId) : feed.scheduleUrl) : undefined;
  const url = urlOf(links);
  const what = collaborativeId ? `the calendar of ${collaborativeTitle ?? 'this collaborative'}` : 'your schedule';

  const copy = async (text: string, made = false) => {
    const done = await copyText(text);
    if (done) {
      setMessage({
        ok: true,
        text: `${made ? 'A new calendar link was made and copied' : 'Calendar URL copied'} to the clipboard. Paste it into your calendar program where it subscribes from a URL.`,
      });
    } else {
      setMessage({
        ok: false,
        text: `${made ? 'A new calendar link was made, but your' : 'Your'} browser did not let the page copy it: the address is selected in the field below; copy it with Ctrl+C (⌘C on a Mac).`,
      });
      // After the field appears.
      window.setTimeout(() => {
        field.current?.focus();
        field.current?.select();
      }, 0);
    }
  };

  const make = async () => {
    setProblem(null);
    setMessage(null);
    try {
      const feed = await rotate.mutateAsync();
      setConfirm(null);
      const fresh = urlOf(feed);
      if (fresh) await copy(fresh, true);
    } catch (error) {
      setConfirm(null);
      setProblem(errorMessage(error));
    }
  };

  const turnOff = async () => {
    setProblem(null);
    setMessage(null);
    try {
      await revoke.mutateAsync();
      setMessage({ ok: true, text: 'Your calendar links are turned off: calendars subscribed to them no longer update.' });
    } catch (error) {
      setProblem(errorMessage(error));
    }
    setConfirm(null);
  };

  const active = status.data?.active ?? false;

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {collaborativeId ? 'Subscribe to this calendar' : 'Subscribe in your calendar program'}
        </Title>
        <Text size="sm">
          Calendar programs (Outlook, Google Calendar, Apple Calendar) subscribe to a secret address and follow every change:
          moved and cancelled events update by themselves. Anyone with the address can read {what}, so keep it to yourself.
        </Text>
        {problem && (
          <Alert color="red" variant="light" role="alert" title="The calendar link could not be made">
            {problem}
          </Alert>
        )}
        {status.isError && !url && (
          <Alert color="red" variant="light" role="alert" title="Your calendar link could not be checked">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{errorMessage(status.error)}</Text>
              <Button size="xs" variant="default" onClick={() => void status.refetch()}>
                Try again
              </Button>
            </Stack>
          </Alert>
        )}
        {url ? (
          <TextInput
            ref={field}
            label="Calendar URL"
            description={collaborativeId ? `The calendar of ${collaborativeTitle ?? 'this collaborative'}` : 'Your schedule'}
            value={url}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            styles={{ input: { fontFamily: 'monospace' } }}
          />
        ) : status.isPending ? (
          <Text size="sm" role="status">
            Checking your calendar link…
          </Text>
        ) : active ? (
          <Text size="sm">
            You made a calendar link on {formatInstant(status.data?.createdAt)}
            {status.data?.lastUsedAt ? `; a calendar program last read it on ${formatInstant(status.data.lastUsedAt)}` : ''}. It
            was made before links could be shown again, so its address cannot be shown. To copy a link, make a new one: the old
            one then stops working.
          </Text>
        ) : status.isSuccess ? (
          <Text size="sm">You have no calendar link yet: copying makes one.</Text>
        ) : null}
        <Group gap="sm">
          {url ? (
            <Button onClick={() => void copy(url)}>Copy calendar URL</Button>
          ) : (
            status.isSuccess &&
            !active && (
              <Button onClick={() => void make()} loading={rotate.isPending}>
                Copy calendar URL
              </Button>
            )
          )}
          {(url || active) && (
            <Button variant="default" onClick={() => setConfirm('rotate')}>
              {url ? 'Rotate' : 'Rotate and copy a new link'}
            </Button>
          )}
          {(url || active) && (
            <Button variant="subtle" color="red" onClick={() => setConfirm('revoke')}>
              Turn off
            </Button>
          )}
        </Group>
        <Text
          size="sm"
          role="status"
          aria-live="polite"
          c={message && !message.ok ? 'orange.9' : undefined}
          fw={message ? 600 : undefined}
        >
          {message?.text ?? ''}
        </Text>
      </Stack>
      <ConfirmDialog
        opened={confirm === 'rotate'}
        title="Make a new calendar link?"
        confirmLabel="Make a new link"
        busy={rotate.isPending}
        onConfirm={() => void make()}
        onCancel={() => setConfirm(null)}
      >
        <Text size="sm">
          Your current calendar URL stops working at once, for your schedule and every collaborative’s calendar: calendar programs
          subscribed to it stop receiving updates (the old address answers “not found”). Subscribe again with the new URL, which
          is copied for you.
        </Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirm === 'revoke'}
        title="Turn your calendar links off?"
        confirmLabel="Turn off"
        confirmColor="red"
        busy={revoke.isPending}
        onConfirm={() => void turnOff()}
        onCancel={() => setConfirm(null)}
      >
        <Text size="sm">
          Every calendar URL of yours stops working: calendar programs subscribed to them stop receiving updates. You can make a
          new link later.
        </Text>
      </ConfirmDialog>
    </Paper>
  );
}
