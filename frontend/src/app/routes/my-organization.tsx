import { MyOrganization } from '@/features/organizations/components/my-organization';

export default function MyOrganizationRoute() {
  return <MyOrganization />;
}
