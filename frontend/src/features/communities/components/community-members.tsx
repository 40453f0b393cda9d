import { Button, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { BackLink } from '@/components/ui/back-link';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormDialog } from '@/components/ui/form-dialog';
import { PageState } from '@/components/ui/page-state';
import { Section } from '@/components/ui/section';
import { StatusBadge } from '@/components/ui/status-badge';
import { errorMessage } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/me';
import { useCollaborative } from '@/lib/queries/collaboratives';
import { formatInstant } from '@/utils/format';
import { useActOnRow, useMyRow, useSetVisibility, type RowAction } from '../api/members';
import { STATUS_COLORS, STATUS_LABELS } from '../utils/labels';
import { standingOf, type CommunityMember, type Standing } from '../utils/standing';
import { InviteForm } from './invite-form';
import { JoinForm } from './join-form';
import { MemberDirectory, PendingRequests } from './member-directory';
import { Outcome, type OutcomeMessage } from '@/components/ui/outcome';

/** What an action says when it is done, and what its confirmation asks. */
export const ACTION_TEXT: Record<RowAction, { done: (name: string, self: boolean) => string; label: string }> = {
  approve: { label: 'Approve', done: (n) => `${n} is now a member.` },
  decline: { label: 'Decline', done: (n) => `The request of ${n} was declined.` },
  accept: { label: 'Accept invitation', done: () => 'You are now a member.' },
  end: {
    label: 'Remove',
    done: (n, self) => (self ? 'You are no longer in this community.' : `${n} was removed from the community.`),
  },
  facilitate: { label: 'Make facilitator', done: (n) => `${n} now facilitates the community.` },
  unfacilitate: { label: 'Stop facilitating', done: (n) => `${n} no longer facilitates the community.` },
};

export interface Act {
  (row: CommunityMember, action: RowAction): void;
}

/**
 * A learning community's members: the person's own standing (ask to join, accept an invitation,
 * visibility, leave), and for its members the directory; its stewards also decide on requests,
 * invite and remove, its lead faculty choose facilitators.
 */
export function CommunityMembers({ collaborativeId }: { collaborativeId: string }) {
  const me = useMe();
  const collaborative = useCollaborative(collaborativeId);
  const mine = useMyRow(collaborativeId, me.userId);
  const act = useActOnRow();
  const [outcome, setOutcomeState] = useState<OutcomeMessage | null>(null);
  const [dialog, setDialog] = useState<'join' | 'invite' | null>(null);
  const [confirm, setConfirm] = useState<{ row: CommunityMember; action: RowAction } | null>(null);
  const say = (ok: boolean, message: string) => setOutcomeState((o) => ({ ok, message, key: (o?.key ?? 0) + 1 }));

  const back = <BackLink to={`/collaboratives/${collaborativeId}`}>The community</BackLink>;
  if (collaborative.isPending || collaborative.isError) {
    return <PageState query={collaborative} title="Members" before={back} what="the community" notFound="This community" />;
  }
  const c = collaborative.data;
  if (c.kind !== 'LEARNING_COMMUNITY') return <NotFound what="This community" />;
  if (mine.isPending || mine.isError) {
    return <PageState query={mine} title={`Members: ${c.title}`} before={back} what="your membership" />;
  }
  const row = mine.data ?? undefined;
  const closed = c.phase === 'CLOSED';
  const standing = standingOf(me, collaborativeId, row, closed);
  const seesDirectory = standing.member || standing.steward;

  const run = (target: CommunityMember, action: RowAction) => {
    const self = target.userId === me.userId;
    act.mutate(
      { collaborativeId, memberId: target.id, action },
      {
        onSuccess: () => say(true, ACTION_TEXT[action].done(target.name, self)),
        onError: (e) => say(false, errorMessage(e)),
        onSettled: () => setConfirm(null),
      },
    );
  };
  // Ending a membership (leave, remove, withdraw) and declining are asked first; the rest is done at once.
  const ask: Act = (target, action) =>
    action === 'end' || action === 'decline' ? setConfirm({ row: target, action }) : run(target, action);

  return (
    <Page
      title={`Members: ${c.title}`}
      before={back}
      actions={
        <>
          {seesDirectory && (
            <Button component={Link} to={`/collaboratives/${collaborativeId}/library`} variant="default">
              Library
            </Button>
          )}
          {standing.steward && (
            <Button component={Link} to={`/collaboratives/${collaborativeId}/community-usage`} variant="default">
              Usage report
            </Button>
          )}
          {standing.steward && !closed && (
            <Button variant="default" onClick={() => setDialog('invite')}>
              Invite a person
            </Button>
          )}
        </>
      }
    >
      <Outcome outcome={outcome} />
      <Section id="my-membership" title="Your membership">
        <MyMembership
          collaborativeId={collaborativeId}
          row={row}
          standing={standing}
          closed={closed}
          busy={act.isPending}
          onJoin={() => setDialog('join')}
          onAct={ask}
          onSaid={say}
        />
      </Section>
      {standing.steward && (
        <Section id="requests" title="Requests to join">
          <PendingRequests collaborativeId={collaborativeId} onAct={ask} busy={act.isPending} closed={closed} />
        </Section>
      )}
      {seesDirectory && (
        <Section id="directory" title="Member directory">
          <MemberDirectory
            collaborativeId={collaborativeId}
            standing={standing}
            myUserId={me.userId}
            closed={closed}
            busy={act.isPending}
            onAct={ask}
          />
        </Section>
      )}

      <FormDialog opened={dialog === 'join'} title={`Ask to join ${c.title}`} onClose={() => setDialog(null)} size="md">
        <JoinForm
          collaborativeId={collaborativeId}
          organizations={me.organizations}
          onDone={() => {
            setDialog(null);
            say(true, 'Your request to join was sent. A facilitator decides on it; you will be told.');
          }}
          onCancel={() => setDialog(null)}
        />
      </FormDialog>
      <FormDialog opened={dialog === 'invite'} title={`Invite a person to ${c.title}`} onClose={() => setDialog(null)} size="md">
        <InviteForm
          collaborativeId={collaborativeId}
          organizations={me.organizations}
          admin={me.roles.includes('admin')}
          onDone={(invited) => {
            setDialog(null);
            say(true, `${invited.name} was invited. They are told, and accept on this page.`);
          }}
          onCancel={() => setDialog(null)}
        />
      </FormDialog>
      <ConfirmDialog
        opened={confirm !== null}
        title={confirm ? confirmTitle(confirm.row, confirm.action, me.userId) : ''}
        confirmLabel={confirm ? confirmLabel(confirm.row, confirm.action, me.userId) : ''}
        confirmColor="red"
        busy={act.isPending}
        onConfirm={() => confirm && run(confirm.row, confirm.action)}
        onCancel={() => setConfirm(null)}
      >
        <Text>
          {confirm?.action === 'decline'
            ? `${confirm.row.name} is told nothing by e-mail; they may ask again later.`
            : confirm?.row.userId === me.userId
              ? 'You can ask to join again later.'
              : 'Their past activity stays in the community’s usage report.'}
        </Text>
      </ConfirmDialog>
    </Page>
  );
}

function confirmTitle(row: CommunityMember, action: RowAction, myUserId: string | undefined): string {
  if (action === 'decline') return `Decline the request of ${row.name}?`;
  if (row.userId !== myUserId)
    return row.status === 'ACTIVE'
      ? `Remove ${row.name}?`
      : `Withdraw the ${row.status === 'INVITED' ? 'invitation' : 'request'} of ${row.name}?`;
  if (row.status === 'PENDING') return 'Withdraw your request to join?';
  if (row.status === 'INVITED') return 'Decline the invitation?';
  return 'Leave the community?';
}

function confirmLabel(row: CommunityMember, action: RowAction, myUserId: string | undefined): string {
  if (action === 'decline') return 'Decline the request';
  if (row.userId !== myUserId) return row.status === 'ACTIVE' ? 'Remove' : 'Withdraw';
  if (row.status === 'PENDING') return 'Withdraw my request';
  if (row.status === 'INVITED') return 'Decline the invitation';
  return 'Leave the community';
}

/** The signed-in person's own row: what it is, and what they can do with it. */
function MyMembership({
  collaborativeId,
  row,
  standing,
  closed,
  busy,
  onJoin,
  onAct,
  onSaid,
}: {
  collaborativeId: string;
  row: CommunityMember | undefined;
  standing: Standing;
  closed: boolean;
  busy: boolean;
  onJoin: () => void;
  onAct: Act;
  onSaid: (ok: boolean, message: string) => void;
}) {
  const join = standing.mayJoin && (
    <Group>
      <Button onClick={onJoin}>Ask to join</Button>
    </Group>
  );
  if (!row || !['PENDING', 'INVITED', 'ACTIVE'].includes(row.status)) {
    return (
      <Stack gap="sm">
        <Text>
          {row
            ? `${STATUS_LABELS[row.status]}${row.endedAt ? ` on ${formatInstant(row.endedAt)}` : ''}: you are not a member of this community.`
            : 'You are not a member of this community.'}
          {closed ? ' The community is closed: nobody joins any more.' : ' People join by asking; a facilitator approves.'}
        </Text>
        {join}
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <StatusBadge color={STATUS_COLORS[row.status]}>{STATUS_LABELS[row.status]}</StatusBadge>
        {row.facilitator && <StatusBadge color="indigo">Facilitator</StatusBadge>}
        {row.organizationName && <Text size="sm">for {row.organizationName}</Text>}
      </Group>
      {row.status === 'PENDING' && (
        <>
          <Text>
            You asked to join on {formatInstant(row.requestedAt)}. A facilitator decides on your request; you will be told.
          </Text>
          {!closed && (
            <Group>
              <Button variant="default" onClick={() => onAct(row, 'end')} disabled={busy}>
                Withdraw my request
              </Button>
            </Group>
          )}
        </>
      )}
      {row.status === 'INVITED' && (
        <>
          <Text>You are invited to join this community.</Text>
          {row.message && <Text className="lcp-prewrap">“{row.message}”</Text>}
          {!closed && (
            <Group>
              <Button onClick={() => onAct(row, 'accept')} loading={busy}>
                Accept invitation
              </Button>
              <Button variant="default" onClick={() => onAct(row, 'end')} disabled={busy}>
                Decline the invitation
              </Button>
            </Group>
          )}
        </>
      )}
      {row.status === 'ACTIVE' && (
        <>
          <Text>{row.joinedAt ? `A member since ${formatInstant(row.joinedAt)}.` : 'A member.'}</Text>
          {!closed && <VisibilityForm collaborativeId={collaborativeId} row={row} onSaid={onSaid} />}
          {!closed && (
            <Group>
              <Button variant="default" color="red" onClick={() => onAct(row, 'end')} disabled={busy}>
                Leave the community
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

/** One's own visibility in the directory, and region. */
function VisibilityForm({
  collaborativeId,
  row,
  onSaid,
}: {
  collaborativeId: string;
  row: CommunityMember;
  onSaid: (ok: boolean, message: string) => void;
}) {
  const save = useSetVisibility();
  const [visible, setVisible] = useState(row.visible);
  const [region, setRegion] = useState(row.region ?? '');
  const changed = visible !== row.visible || region.trim() !== (row.region ?? '');
  return (
    <form
      aria-labelledby="visibility-title"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { collaborativeId, memberId: row.id, visible, region: region.trim() || undefined },
          {
            onSuccess: () =>
              onSaid(true, visible ? 'Other members now see you in the directory.' : 'You are hidden from the directory now.'),
            onError: (err) => onSaid(false, errorMessage(err)),
          },
        );
      }}
    >
      <Stack gap="xs">
        <Title order={3} size="h5" id="visibility-title">
          In the directory
        </Title>
        <Checkbox
          id="visibility-visible"
          checked={visible}
          onChange={(e) => setVisible(e.currentTarget.checked)}
          label="Show me in the member directory"
          description="Other members see your name, organisation, role and region. Facilitators always see you."
        />
        <Group align="flex-end" gap="sm">
          <TextInput
            id="visibility-region"
            label="Region"
            value={region}
            maxLength={120}
            onChange={(e) => setRegion(e.currentTarget.value)}
          />
          <Button type="submit" variant="default" loading={save.isPending} disabled={!changed}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
