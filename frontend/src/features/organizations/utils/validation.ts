/** The contract's rules for organisations, members and machine clients (openapi.yaml), checked before sending. */

import { isTimeZone } from '@/utils/zoned-time';

// The same shape the API checks (format: email): something@something.something, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const COUNTRY = /^[A-Z]{2}$/;
const WEB = /^https?:\/\/\S+$/;
const CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{2,99}$/;

export interface OrganizationFormValues {
  name: string;
  city: string;
  region: string;
  countryCode: string;
  website: string;
  /** IANA zone the organisation's people read times in; empty: each event's own. */
  timeZone: string;
}

export function validateOrganization(v: OrganizationFormValues): Partial<Record<keyof OrganizationFormValues, string>> {
  const e: Partial<Record<keyof OrganizationFormValues, string>> = {};
  if (!v.name.trim()) e.name = 'Enter the organisation’s name.';
  else if (v.name.length > 200) e.name = 'The name can have at most 200 characters.';
  if (v.city.length > 100) e.city = 'The city can have at most 100 characters.';
  if (v.region.length > 100) e.region = 'The region can have at most 100 characters.';
  if (v.countryCode && !COUNTRY.test(v.countryCode)) e.countryCode = 'Enter a two-letter country code, e.g. US or GB.';
  if (v.website) {
    if (!WEB.test(v.website)) e.website = 'Enter a web address starting with http:// or https://.';
    else if (v.website.length > 500) e.website = 'The web address can have at most 500 characters.';
  }
  if (v.timeZone && !isTimeZone(v.timeZone)) e.timeZone = 'Choose a time zone from the list, e.g. America/Chicago.';
  return e;
}

export interface InviteFormValues {
  email: string;
  name: string;
  role: string;
}

export function validateInvite(v: InviteFormValues): Partial<Record<keyof InviteFormValues, string>> {
  const e: Partial<Record<keyof InviteFormValues, string>> = {};
  const email = v.email.trim();
  if (!email) e.email = 'Enter the person’s e-mail address.';
  else if (!EMAIL.test(email)) e.email = 'Enter an e-mail address like name@example.org.';
  else if (email.length > 254) e.email = 'The e-mail address can have at most 254 characters.';
  if (v.name.length > 200) e.name = 'The name can have at most 200 characters.';
  if (!v.role) e.role = 'Choose the person’s role in the team.';
  return e;
}

export interface MachineClientFormValues {
  clientId: string;
  name: string;
}

export function validateMachineClient(v: MachineClientFormValues): Partial<Record<keyof MachineClientFormValues, string>> {
  const e: Partial<Record<keyof MachineClientFormValues, string>> = {};
  if (!CLIENT_ID.test(v.clientId.trim()))
    e.clientId =
      'Enter the Keycloak client id: 3 to 100 letters, digits, dots, dashes or underscores, starting with a letter or digit.';
  if (!v.name.trim()) e.name = 'Enter a name, e.g. the data system’s name.';
  else if (v.name.length > 200) e.name = 'The name can have at most 200 characters.';
  return e;
}
