import { Alert, Button, Card, Group, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';

import { QueryState } from '@/components/ui/page-state';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/me';
import { useNow } from '@/lib/use-now';
import { formatInstant } from '@/utils/format';
import { DataTable } from '@/components/ui/data-table';
import { Section } from '@/components/ui/section';
import type { Call } from '../api/get-calls';
import {
  useRegister,
  useRegistrations,
  useUpdateRegistration,
  useWithdrawRegistration,
  type CallRegistration,
} from '../api/registrations';
import { AttendeesEditor } from './attendees-editor';

const STATUS: Record<string, string> = { PRESENT: 'present', ABSENT: 'absent', PARTIAL: 'partly present' };

/** "On the waitlist, position 2" (or without the position when it is not known). */
function waitlistText(r: Pick<CallRegistration, 'waitlistPosition'>): string {
  return r.waitlistPosition ? `On the waitlist, position ${r.waitlistPosition}` : 'On the waitlist';
}

/** Whose a registration is: its organisation, or the person who registered on their own (webinars). */
function whose(r: Pick<CallRegistration, 'organizationName' | 'registeredBy'>): string {
  return r.organizationName ?? `${r.registeredBy ?? 'A person'} (on their own)`;
}

/** The value of the "on my own" choice in the organisation select (organisation ids are UUIDs). */
const OWN = 'own';

/** A full webinar, or one where others already wait: a new registration goes on the waitlist. */
const isFull = (call: Call) =>
  call.capacity !== undefined && ((call.waiting ?? 0) > 0 || (call.seatsTaken ?? 0) >= call.capacity);

/** Who of a registration will join (and, once recorded, whether they attended). */
function Attendees({ registration, label }: { registration: CallRegistration; label?: string }) {
  return (
    <ul className="lcp-plain-list" aria-label={label}>
      {registration.attendees.map((a) => (
        <li key={a.id}>
          <Text size="sm">
            {a.name} ({a.email}){a.status ? `: ${STATUS[a.status]}` : ''}
          </Text>
        </li>
      ))}
    </ul>
  );
}

/** Every organisation's registration, for faculty: who will join and, afterwards, who attended. */
function AllRegistrations({ items, started, webinar }: { items: CallRegistration[]; started: boolean; webinar: boolean }) {
  if (items.length === 0)
    return <Text size="sm">{webinar ? 'Nobody has registered yet.' : 'No organisation has registered yet.'}</Text>;
  return (
    <DataTable
      region="Registrations, scrollable"
      aria-labelledby="registrations-title"
      columns={
        webinar
          ? ['Organisation or person', 'Status', 'Who will join', 'Attended']
          : ['Organisation', 'Who will join', 'Attended']
      }
    >
      {items.map((r) => (
        <Table.Tr key={r.id}>
          <Table.Td>
            {whose(r)}
            <Text size="xs" c="dimmed">
              Registered {formatInstant(r.createdAt)}
              {r.registeredBy ? ` by ${r.registeredBy}` : ''}
            </Text>
          </Table.Td>
          {webinar && <Table.Td>{r.status === 'WAITLISTED' ? waitlistText(r) : 'Confirmed'}</Table.Td>}
          <Table.Td>
            <Attendees registration={r} />
          </Table.Td>
          <Table.Td>{r.attended ? 'Yes' : started ? 'No' : 'Not yet'}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

function OwnRegistration({ call, registration, open }: { call: Call; registration: CallRegistration; open: boolean }) {
  const update = useUpdateRegistration();
  const registrations = useRegistrations(call.id);
  const withdraw = useWithdrawRegistration();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  return (
    <Card
      component="article"
      withBorder
      radius="md"
      padding="sm"
      aria-label={registration.organizationName ? `Registration of ${registration.organizationName}` : 'Your own registration'}
    >
      <Stack gap="xs">
        <Text fw={600}>
          {registration.organizationName ? `${registration.organizationName} is registered` : 'You are registered on your own'}
        </Text>
        {call.kind === 'WEBINAR' &&
          (registration.status === 'WAITLISTED' ? (
            <Alert color="yellow" variant="light" title={waitlistText(registration)}>
              The webinar is full. Seats that free up go to the waitlist first come first; whoever registered is told when the
              registration is confirmed.
            </Alert>
          ) : (
            <Text size="sm">Seats confirmed{registration.promotedAt ? ' (moved up from the waitlist)' : ''}.</Text>
          ))}
        {problem && (
          <Alert color="red" variant="light" role="alert" title="Not changed">
            {problem}
          </Alert>
        )}
        <Text size="sm" role="status">
          {notice}
        </Text>
        {editing ? (
          <AttendeesEditor
            label={registration.organizationName ? `Who from ${registration.organizationName} will join` : 'Who will join'}
            initial={registration.attendees.map((a) => ({ name: a.name, email: a.email }))}
            submitLabel="Save who will join"
            // The registration's ETag as listed: a change made meanwhile by someone else answers 412.
            version={{
              etag: registration.etag,
              reload: async () => {
                const fresh = (await registrations.refetch()).data?.items.find((r) => r.id === registration.id);
                return fresh && { data: fresh, etag: fresh.etag };
              },
            }}
            send={(attendees, etag) => update.mutateAsync({ callId: call.id, registrationId: registration.id, etag, attendees })}
            onSaved={() => {
              setEditing(false);
              setNotice('Saved: the list of who will join was changed.');
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <>
            <Attendees
              registration={registration}
              label={registration.organizationName ? `Who from ${registration.organizationName} will join` : 'Who will join'}
            />
            {open && (
              <Group gap="sm">
                <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                  Change who will join
                </Button>
                <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
                  Withdraw
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title="Withdraw the registration?"
        confirmLabel="Withdraw"
        confirmColor="red"
        busy={withdraw.isPending}
        onConfirm={async () => {
          setProblem(null);
          try {
            await withdraw.mutateAsync({ callId: call.id, registrationId: registration.id });
          } catch (error) {
            setProblem(errorMessage(error));
          }
          setConfirming(false);
        }}
        onCancel={() => setConfirming(false)}
      >
        <Text size="sm">
          {registration.organizationName ? `${registration.organizationName} will` : 'You will'} no longer be expected at this
          call. You can register again before it starts.
        </Text>
      </ConfirmDialog>
    </Card>
  );
}

/**
 * Registering one of the person's organisations, or (a webinar, with {@code ownChoice}) themselves on
 * their own: a person of no organisation registers for a webinar on their own only.
 */
function RegisterForm({
  call,
  organizations,
  ownChoice,
  onRegistered,
}: {
  call: Call;
  organizations: { organizationId: string; name: string }[];
  ownChoice: boolean;
  onRegistered: (registration: CallRegistration) => void;
}) {
  const me = useMe();
  const label = call.kind === 'WEBINAR' ? 'Register for the webinar' : 'Register interest';
  const register = useRegister();
  const choices = [
    ...organizations.map((o) => ({ value: o.organizationId, label: o.name })),
    ...(ownChoice ? [{ value: OWN, label: 'Myself, on my own (no organisation)' }] : []),
  ];
  const [chosen, setChosen] = useState(choices[0]?.value ?? '');
  // Once one is registered it leaves the list: the choice falls back to the first left.
  const choice = choices.find((c) => c.value === chosen) ?? choices[0];
  return (
    <AttendeesEditor
      label={label}
      initial={[{ name: me.name ?? '', email: me.email ?? '' }]}
      submitLabel={label}
      before={
        <>
          {isFull(call) && (
            <Text size="sm" fw={600}>
              The webinar is full: a registration now goes on the waitlist, and gets its seats when they free up.
            </Text>
          )}
          {choices.length > 1 ? (
            <NativeSelect
              label={ownChoice ? 'Who registers' : 'Organisation'}
              description={ownChoice ? 'One of your organisations, or you on your own' : 'The organisation that registers'}
              value={choice?.value}
              onChange={(e) => setChosen(e.currentTarget.value)}
              data={choices}
            />
          ) : (
            <Text size="sm">
              {choice?.value === OWN ? 'For yourself, on your own (you belong to no organisation)' : `For ${choice?.label}`}
            </Text>
          )}
        </>
      }
      send={async (attendees) => {
        const organizationId = choice?.value === OWN ? undefined : choice?.value;
        const saved = await register.mutateAsync({ callId: call.id, organizationId, attendees });
        if (saved) onRegistered(saved.data);
        return saved;
      }}
    />
  );
}

/**
 * An informational call's registrations: faculty see every organisation's (and who attended);
 * members see their organisations', register interest, change who will join, or withdraw.
 */
export function Registrations({ call, canManage }: { call: Call; canManage: boolean }) {
  const me = useMe();
  const query = useRegistrations(call.id);
  const webinar = call.kind === 'WEBINAR';
  const [registered, setRegistered] = useState('');
  const onRegistered = (r: CallRegistration) =>
    setRegistered(
      r.status === 'WAITLISTED'
        ? `The webinar is full: ${r.organizationName ?? 'your registration'} is on the waitlist${r.waitlistPosition ? `, position ${r.waitlistPosition}` : ''}. You will be told when seats free up.`
        : r.organizationName
          ? `${r.organizationName} is registered${webinar ? ': its seats are confirmed' : ''}.`
          : 'You are registered on your own: your seats are confirmed.',
    );
  const started = new Date(call.startsAt).getTime() <= useNow();
  const open = call.state === 'SCHEDULED' && !started;
  let body;
  if (query.isPending || query.isError) body = <QueryState query={query} what="the registrations" />;
  else if (canManage) body = <AllRegistrations items={query.data.items} started={started} webinar={webinar} />;
  else {
    // besides its organisations' registrations, the API lists a person only their own made on their own
    const mine = query.data.items.filter(
      (r) => r.organizationId === undefined || me.organizations.some((o) => o.organizationId === r.organizationId),
    );
    const unregistered = me.organizations.filter((o) => !mine.some((r) => r.organizationId === o.organizationId));
    // a webinar is open to the whole network: anyone may register on their own, once
    const ownChoice = webinar && !mine.some((r) => r.organizationId === undefined);
    body = (
      <Stack gap="md">
        {mine.map((r) => (
          <OwnRegistration key={r.id} call={call} registration={r} open={open} />
        ))}
        {me.organizations.length === 0 && !webinar ? (
          <Text size="sm">Members of a registered organisation register interest here.</Text>
        ) : (unregistered.length > 0 || ownChoice) && open ? (
          <Paper withBorder radius="md" p="md">
            <RegisterForm call={call} organizations={unregistered} ownChoice={ownChoice} onRegistered={onRegistered} />
          </Paper>
        ) : mine.length === 0 ? (
          <Text size="sm">Registration is closed: the call has {call.state === 'CANCELLED' ? 'been cancelled' : 'started'}.</Text>
        ) : null}
      </Stack>
    );
  }
  return (
    <Section
      id="registrations-title"
      title={canManage ? 'Registrations' : webinar ? 'Registration' : 'Register interest'}
      titleGap="xs"
    >
      {!canManage && (
        <Text size="sm" mb="sm">
          {webinar
            ? 'Organisations of the network register who will join, and anyone may register on their own; beyond the webinar’s capacity registrations wait in line, first come first.'
            : 'Organisations interested in applying register who will join; the faculty see who registered and, afterwards, who attended.'}
        </Text>
      )}
      <Text size="sm" role="status" fw={600}>
        {registered}
      </Text>
      {body}
    </Section>
  );
}
