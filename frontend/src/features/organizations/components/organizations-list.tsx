import { Anchor, Stack, Table, TextInput } from '@mantine/core';
import { Link } from 'react-router';

import { ListCount } from '@/components/ui/list-count';
import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { ColumnHeadings } from '@/components/ui/data-table';
import { useListFilters, useSearchBox } from '@/lib/list-filters';
import { useOrganizations } from '../api/get-organizations';

const PAGE_SIZE = 20;

/** Every organisation (admins), searchable by name. */
export function OrganizationsList() {
  const { search, page, update } = useListFilters();
  const box = useSearchBox(search.get('q') ?? '', (q) => update({ q }));
  const params = { q: search.get('q')?.trim() || undefined, page: page - 1, size: PAGE_SIZE };
  const query = useOrganizations(params);

  const pages = query.data ? Math.ceil(query.data.total / PAGE_SIZE) : 0;

  return (
    <Stack gap="md">
      <form role="search" aria-label="Search organisations" onSubmit={box.onSubmit}>
        <TextInput id="organizations-search" label="Search" description="Part of the name" maw={420} {...box.input} />
      </form>
      <div aria-busy={query.isFetching}>
        {query.isPending || query.isError ? (
          <QueryState query={query} what="organisations" failed="The organisations could not be loaded" />
        ) : query.data.items.length === 0 ? (
          <EmptyState title={params.q ? 'No organisation matches' : 'No organisations yet'}>
            {params.q ? 'Try another part of the name.' : 'Register the first organisation.'}
          </EmptyState>
        ) : (
          <Stack gap="sm">
            <ListCount total={query.data.total} one="organisation" many="organisations" />
            <Table.ScrollContainer minWidth={480}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Caption className="lcp-visually-hidden">Organisations</Table.Caption>
                <ColumnHeadings columns={['Name', 'Where', 'Members']} />
                <Table.Tbody>
                  {query.data.items.map((o) => (
                    <Table.Tr key={o.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/organizations/${o.id}`}>
                          {o.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{[o.city, o.region, o.countryCode].filter(Boolean).join(', ') || '—'}</Table.Td>
                      <Table.Td>{o.memberCount ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </div>
      <PagesNav label="Pages of organisations" pages={pages} page={page} onChange={(p) => update({ page: String(p) })} />
    </Stack>
  );
}
