import { useQuery } from '@tanstack/react-query';

import { organizationListQuery, type Organization, type OrganizationsParams } from '@/lib/queries/organizations';

export type { Organization, OrganizationsParams };

export const getOrganizationsQueryOptions = organizationListQuery;

export const useOrganizations = (params: OrganizationsParams) => useQuery(getOrganizationsQueryOptions(params));
