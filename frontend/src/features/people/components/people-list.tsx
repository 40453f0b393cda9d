import { Alert, Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

import { ListCount } from '@/components/ui/list-count';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ColumnHeadings } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/page-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { errorMessage } from '@/lib/api/problem';
import { useListFilters, useSearchBox } from '@/lib/list-filters';
import { usePeople, type Person, type PlatformRole } from '../api/get-people';
import { useSetPlatformRole, type RoleChange } from '../api/set-platform-role';

const PAGE_SIZE = 20;

export const PLATFORM_ROLE_LABELS: Record<PlatformRole, string> = { admin: 'Platform admin', faculty: 'Faculty' };
const ROLES: PlatformRole[] = ['faculty', 'admin'];

function who(p: Person) {
  return p.name || p.email || p.id;
}

/** What a change does, said before it is made. */
function consequence({ role, grant }: RoleChange, p: Person) {
  if (role === 'admin') {
    return grant
      ? `${who(p)} will be able to do everything on the platform: register organisations and data systems, see every collaborative, and grant or remove these roles.`
      : `${who(p)} will no longer administer the platform.`;
  }
  return grant
    ? `${who(p)} can then create collaboratives and be assigned as faculty.`
    : `${who(p)} will no longer be faculty: they keep their assignments’ history but cannot create collaboratives.`;
}

/** Everyone the platform knows, with their platform roles; admins grant and remove faculty and admin. */
export function PeopleList() {
  const { search, page, update } = useListFilters();
  const box = useSearchBox(search.get('q') ?? '', (q) => update({ q }));
  const params = { q: search.get('q')?.trim() || undefined, page: page - 1, size: PAGE_SIZE };
  const query = usePeople(params);
  const change = useSetPlatformRole();
  const [asking, setAsking] = useState<{ person: Person; change: RoleChange } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const pages = query.data ? Math.ceil(query.data.total / PAGE_SIZE) : 0;

  return (
    <Stack gap="md">
      <form role="search" aria-label="Search people" onSubmit={box.onSubmit}>
        <TextInput id="people-search" label="Search" description="Part of the name or e-mail" maw={420} {...box.input} />
      </form>
      {done && (
        <Alert role="status" color="green" variant="light">
          {done}
        </Alert>
      )}
      <div aria-busy={query.isFetching}>
        {query.isPending || query.isError ? (
          <QueryState query={query} what="people" failed="The people could not be loaded" />
        ) : query.data.items.length === 0 ? (
          <EmptyState title={params.q ? 'Nobody matches' : 'Nobody yet'}>
            {params.q ? 'Try another part of the name or e-mail.' : 'People appear here once invited or signed in.'}
          </EmptyState>
        ) : (
          <Stack gap="sm">
            {!query.data.platformRolesKnown && (
              <Alert color="yellow" variant="light" title="Roles are managed in Keycloak here">
                Identity administration is off on this server: platform roles cannot be read or changed here.
              </Alert>
            )}
            <ListCount total={query.data.total} one="person" many="people" />
            <Table.ScrollContainer minWidth={560}>
              <Table striped verticalSpacing="sm">
                <Table.Caption className="lcp-visually-hidden">People and their platform roles</Table.Caption>
                <ColumnHeadings columns={['Person', 'Signed in', 'Platform roles', 'Change']} />
                <Table.Tbody>
                  {query.data.items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Text fw={500}>{who(p)}</Text>
                        {p.name && p.email && (
                          <Text size="sm" c="dimmed">
                            {p.email}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{p.signedIn ? 'Yes' : 'Not yet'}</Table.Td>
                      <Table.Td>
                        {p.platformRoles === undefined ? (
                          '—'
                        ) : p.platformRoles.length === 0 ? (
                          'None'
                        ) : (
                          <Group gap={4}>
                            {p.platformRoles.map((r) => (
                              <Badge key={r} variant="light">
                                {PLATFORM_ROLE_LABELS[r]}
                              </Badge>
                            ))}
                          </Group>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {p.platformRoles !== undefined && (
                          <Group gap="xs" wrap="wrap">
                            {ROLES.map((role) => {
                              const grant = !p.platformRoles?.includes(role);
                              return (
                                <Button
                                  key={role}
                                  size="xs"
                                  variant="default"
                                  onClick={() => {
                                    setDone(null);
                                    change.reset();
                                    setAsking({ person: p, change: { userId: p.id, role, grant } });
                                  }}
                                >
                                  {grant ? `Make ${PLATFORM_ROLE_LABELS[role].toLowerCase()}` : `Remove ${role}`}
                                  <span className="lcp-visually-hidden"> {who(p)}</span>
                                </Button>
                              );
                            })}
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </div>
      <PagesNav label="Pages of people" pages={pages} page={page} onChange={(p) => update({ page: String(p) })} />
      <ConfirmDialog
        opened={asking !== null}
        title={
          asking
            ? asking.change.grant
              ? `Make ${who(asking.person)} ${PLATFORM_ROLE_LABELS[asking.change.role].toLowerCase()}?`
              : `Remove the ${asking.change.role} role of ${who(asking.person)}?`
            : 'Change the role?'
        }
        confirmLabel={asking?.change.grant ? 'Grant the role' : 'Remove the role'}
        confirmColor={asking?.change.grant ? undefined : 'red'}
        busy={change.isPending}
        onCancel={() => {
          setAsking(null);
          change.reset();
        }}
        onConfirm={() =>
          asking &&
          change.mutate(asking.change, {
            onSuccess: (person) => {
              setAsking(null);
              setDone(
                `${who(person)}: ${
                  person.platformRoles?.length
                    ? person.platformRoles.map((r) => PLATFORM_ROLE_LABELS[r]).join(', ')
                    : 'no platform role'
                }. It takes effect at their next sign-in.`,
              );
            },
          })
        }
      >
        <Text>{asking && consequence(asking.change, asking.person)}</Text>
        {change.isError && (
          <Alert color="red" variant="light" role="alert" title="Not changed">
            {errorMessage(change.error)}
          </Alert>
        )}
      </ConfirmDialog>
    </Stack>
  );
}
