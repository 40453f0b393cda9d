import { useNavigate } from 'react-router';

import { BackLink } from '@/components/ui/back-link';
import { Page } from '@/components/layouts/page';
import { useCreateOrganization } from '../api/create-organization';
import { OrganizationForm } from './organization-form';

const orUndefined = (v: string) => (v.trim() ? v.trim() : undefined);

export function CreateOrganization() {
  const navigate = useNavigate();
  const create = useCreateOrganization();
  return (
    <Page title="Register an organisation" before={<BackLink to="/organizations">All organisations</BackLink>}>
      <OrganizationForm
        submitLabel="Register organisation"
        onCancel={() => void navigate('/organizations')}
        onSaved={(created) => navigate(`/organizations/${created.data.id}`)}
        send={(v) =>
          create.mutateAsync(
            Object.fromEntries(
              Object.entries({
                name: v.name.trim(),
                city: orUndefined(v.city),
                region: orUndefined(v.region),
                countryCode: orUndefined(v.countryCode),
                website: orUndefined(v.website),
                timeZone: orUndefined(v.timeZone),
              }).filter(([, x]) => x !== undefined),
            ) as { name: string },
          )
        }
      />
    </Page>
  );
}
