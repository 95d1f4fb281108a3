import * as z from 'zod';
import { assignableRoles } from '../members/domain/permissions.ts';
import { OrgIdParams } from '../orgs/schemas.ts';
import { idSchema, isoDate, PageQuerySchema, pageOf } from '../platform/schemas.ts';
import { domainStatuses, enrollments } from './domain/domain.ts';

const assignableRoleSchema = z.enum(
  assignableRoles,
  'One of admin, developer, finance, member (never owner).',
);

export const DomainParams = OrgIdParams.extend({ domainId: idSchema });
export const JoinRequestParams = OrgIdParams.extend({ requestId: idSchema });

export const AddDomainSchema = z
  .strictObject({
    domain: z
      .string()
      .min(1)
      .max(300)
      .meta({ description: 'A domain name; an IDN may be sent in Unicode, it is stored as its A-label' }),
  })
  .meta({ id: 'AddDomainRequest', example: { domain: 'acme.com' } });

export const UpdateDomainSchema = z
  .strictObject({
    enrollment: z.enum(enrollments).optional(),
    role: assignableRoleSchema.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Send enrollment, role or both.')
  .meta({ id: 'UpdateDomainRequest', example: { enrollment: 'suggest', role: 'member' } });

const domainExample = {
  id: 'dom_Xk3v9QeR2mT7yLpA4sB8nC1dE6fG',
  domain: 'acme.com',
  status: 'pending',
  enrollment: 'none',
  role: 'member',
  verification: {
    recordName: '_orgs-challenge.acme.com',
    recordValue: 'orgs-verification=G7x2Lq9VdR4mT1yKpA8sB3nC6eF0hJ5w',
  },
  createdAt: '2026-11-22T10:00:00.000Z',
  verifiedAt: null,
  lastCheckedAt: null,
};

export const DomainSchema = z
  .object({
    id: z.string(),
    domain: z.string().meta({ description: 'Lower-case, IDNs in A-label form' }),
    status: z.enum(domainStatuses),
    enrollment: z.enum(enrollments),
    role: z.enum(assignableRoles),
    verification: z.object({
      recordName: z.string().meta({ description: 'Publish a TXT record at this name…' }),
      recordValue: z.string().meta({ description: '…with this value, then call verify' }),
    }),
    createdAt: isoDate,
    verifiedAt: isoDate.nullable(),
    lastCheckedAt: isoDate.nullable(),
  })
  .meta({ id: 'Domain', example: domainExample });

export const DomainPageSchema = pageOf(DomainSchema, 'DomainPage');

export const SuggestedOrganizationSchema = z
  .object({
    orgId: z.string(),
    name: z.string(),
    logoUrl: z.string().nullable(),
    domain: z.string(),
  })
  .meta({
    id: 'SuggestedOrganization',
    example: { orgId: 'org_8f2kq0', name: 'Acme Inc', logoUrl: null, domain: 'acme.com' },
  });

export const SuggestedOrganizationListSchema = z
  .object({ items: z.array(SuggestedOrganizationSchema) })
  .meta({
    id: 'SuggestedOrganizationList',
    example: { items: [{ orgId: 'org_8f2kq0', name: 'Acme Inc', logoUrl: null, domain: 'acme.com' }] },
  });

const joinRequestStatuses = ['pending', 'approved', 'denied'] as const;

export const JoinRequestSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    domain: z.string(),
    status: z.enum(joinRequestStatuses),
    createdAt: isoDate,
    decidedAt: isoDate.nullable(),
  })
  .meta({
    id: 'JoinRequest',
    example: {
      id: 'jr_Qm4xT8vL2kP9sR1yB6nC3dF7gH0j',
      userId: 'user_1',
      email: 'grace@acme.com',
      name: 'Grace',
      domain: 'acme.com',
      status: 'pending',
      createdAt: '2026-11-22T10:00:00.000Z',
      decidedAt: null,
    },
  });

export const JoinRequestPageSchema = pageOf(JoinRequestSchema, 'JoinRequestPage');

export const JoinRequestQuerySchema = PageQuerySchema.extend({
  status: z.enum(joinRequestStatuses).optional(),
});

export const CreatedJoinRequestSchema = z
  .object({ id: z.string(), status: z.literal('pending') })
  .meta({ id: 'CreatedJoinRequest', example: { id: 'jr_Qm4xT8vL2kP9sR1yB6nC3dF7gH0j', status: 'pending' } });
