import { Text } from '@mantine/core';
import { useNavigate } from 'react-router';

import { BackLink } from '@/components/ui/back-link';
import { Page } from '@/components/layouts/page';
import { usePermissions } from '@/lib/auth/permissions';
import { useCreateCollaborative } from '../api/create-collaborative';
import { emptyCollaborativeValues, toCreateBody } from '../utils/collaborative-form-values';
import { CollaborativeForm } from './collaborative-form';

export function CreateCollaborative() {
  const navigate = useNavigate();
  const create = useCreateCollaborative();
  const can = usePermissions();

  return (
    <Page title="New collaborative" before={<BackLink to="/collaboratives">All collaboratives</BackLink>}>
      <Text>
        It starts as a draft, visible to admins and its faculty only.
        {!can.isAdmin && ' You become its lead faculty.'}
      </Text>
      <CollaborativeForm
        initialValues={emptyCollaborativeValues()}
        submitLabel="Create collaborative"
        send={(values) => create.mutateAsync(toCreateBody(values))}
        onSaved={(created) => navigate(`/collaboratives/${created.data.id}`)}
        onCancel={() => void navigate('/collaboratives')}
      />
    </Page>
  );
}
