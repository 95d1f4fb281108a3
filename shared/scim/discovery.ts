import { GROUP_SCHEMA } from './domain/group.ts';
import { LIST_SCHEMA, USER_SCHEMA } from './domain/user.ts';

/** What `GET /scim/v2/ServiceProviderConfig`, `/ResourceTypes` and `/Schemas` answer (RFC 7643 §5–7). */
export const MAX_RESULTS = 100;

export const serviceProviderConfig = (baseUrl: string) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
  documentationUri: 'https://orgs.dev/docs/features/scim',
  patch: { supported: true },
  bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
  filter: { supported: true, maxResults: MAX_RESULTS },
  changePassword: { supported: false },
  sort: { supported: false },
  etag: { supported: true },
  authenticationSchemes: [
    {
      type: 'oauthbearertoken',
      name: 'OAuth Bearer Token',
      description: 'A SCIM token of the organization: Authorization: Bearer orgs_scim_…',
      primary: true,
    },
  ],
  meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
});

const userResourceType = (baseUrl: string) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
  id: 'User',
  name: 'User',
  endpoint: '/Users',
  description: 'A member of the organization, bound to the email (userName)',
  schema: USER_SCHEMA,
  schemaExtensions: [],
  meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/User` },
});

const groupResourceType = (baseUrl: string) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
  id: 'Group',
  name: 'Group',
  endpoint: '/Groups',
  description: 'A group of users; named after a role, it gives its members that role',
  schema: GROUP_SCHEMA,
  schemaExtensions: [],
  meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/Group` },
});

const attribute = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: 'string',
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...extra,
});

const userSchema = (baseUrl: string) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
  id: USER_SCHEMA,
  name: 'User',
  description: 'A member of the organization',
  attributes: [
    attribute('userName', { required: true, uniqueness: 'server', description: 'The email address' }),
    attribute('name', {
      type: 'complex',
      subAttributes: [
        attribute('givenName'),
        attribute('familyName'),
        attribute('formatted', { mutability: 'readOnly' }),
      ],
    }),
    attribute('displayName'),
    attribute('externalId', { caseExact: true }),
    attribute('active', { type: 'boolean' }),
    attribute('emails', {
      type: 'complex',
      multiValued: true,
      mutability: 'readOnly',
      description: 'The userName, as the work email',
      subAttributes: [attribute('value'), attribute('type'), attribute('primary', { type: 'boolean' })],
    }),
  ],
  meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${USER_SCHEMA}` },
});

const groupSchema = (baseUrl: string) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
  id: GROUP_SCHEMA,
  name: 'Group',
  description: 'A group of users',
  attributes: [
    attribute('displayName', {
      required: true,
      uniqueness: 'server',
      description: 'Unique in the organization (case-insensitive); a role’s key gives its members that role',
    }),
    attribute('externalId', { caseExact: true }),
    attribute('members', {
      type: 'complex',
      multiValued: true,
      subAttributes: [
        attribute('value', { mutability: 'immutable', description: 'The id of a User' }),
        attribute('$ref', { type: 'reference', referenceTypes: ['User'], mutability: 'immutable' }),
        attribute('display', { mutability: 'readOnly' }),
      ],
    }),
  ],
  meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${GROUP_SCHEMA}` },
});

const listOf = (resources: unknown[]) => ({
  schemas: [LIST_SCHEMA],
  totalResults: resources.length,
  startIndex: 1,
  itemsPerPage: resources.length,
  Resources: resources,
});

export const resourceTypes = (baseUrl: string) =>
  listOf([userResourceType(baseUrl), groupResourceType(baseUrl)]);
export const schemas = (baseUrl: string) => listOf([userSchema(baseUrl), groupSchema(baseUrl)]);
