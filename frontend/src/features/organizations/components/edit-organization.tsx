import { useNavigate } from 'react-router';

import { BackLink } from '@/components/ui/back-link';
import { Page } from '@/components/layouts/page';
import { PageState } from '@/components/ui/page-state';
import { useOrganization } from '../api/get-organization';
import { useUpdateOrganization } from '../api/update-organization';
import { OrganizationForm, organizationValuesOf, toOrganizationBody } from './organization-form';

/** The organisation's own details (name, where, website): admins and its senior leaders. */
export function EditOrganization({ organizationId }: { organizationId: string }) {
  const navigate = useNavigate();
  const query = useOrganization(organizationId);
  const update = useUpdateOrganization();
  const back = <BackLink to={`/organizations/${organizationId}`}>Back to the organisation</BackLink>;

  if (!query.data) {
    return (
      <PageState query={query} title="Edit organisation" before={back} what="the organisation" notFound="This organisation" />
    );
  }
  const o = query.data.data;
  return (
    <Page title={`Edit ${o.name}`} before={back}>
      <OrganizationForm
        submitLabel="Save details"
        initialValues={organizationValuesOf(o)}
        version={{ etag: query.data.etag, reload: async () => (await query.refetch()).data, toValues: organizationValuesOf }}
        send={(values, etag) => update.mutateAsync({ organizationId: o.id, etag, body: toOrganizationBody(values) })}
        onSaved={() => navigate(`/organizations/${o.id}`)}
        onCancel={() => void navigate(`/organizations/${o.id}`)}
      />
    </Page>
  );
}
