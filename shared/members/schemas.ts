import * as z from 'zod';
import { invitationStatuses } from '../invitations/domain/invitation.ts';
import { OrgIdParams } from '../orgs/schemas.ts';
import { normalizeEmail } from '../platform/domain/email.ts';
import { idSchema, isoDate, PageQuerySchema, pageOf } from '../platform/schemas.ts';
import { assignableRoles, roles } from './domain/permissions.ts';

export const emailSchema = z
  .string()
  // the same normalization as token emails (a lookalike such as the Kelvin sign stays itself)
  .overwrite(normalizeEmail)
  .max(254, 'At most 254 characters.')
  .pipe(z.email('Not an email address.'))
  .meta({ format: 'email', example: 'grace@example.com' });

/** A built-in role or a custom role's key (GET /orgs/{orgId}/roles lists them). */
export const roleSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{1,31}$/, 'A role: one of the organization’s roles (GET /orgs/{orgId}/roles).')
  .meta({
    description: `A built-in role (${roles.join(', ')}) or a custom role's key`,
    example: 'developer',
  });
const assignableRoleSchema = roleSchema
  .refine((role) => role !== 'owner', 'Not owner: ownership moves only by transfer.')
  .meta({
    description: `A built-in role but owner (${assignableRoles.join(', ')}), or a custom role's key`,
    example: 'developer',
  });

export const MemberParams = OrgIdParams.extend({ userId: z.string().min(1).max(255) });
export const InvitationParams = OrgIdParams.extend({ invitationId: idSchema });
export const InvitationIdParams = z.object({ invitationId: idSchema });

export const CreateInvitationSchema = z
  .strictObject({ email: emailSchema, role: assignableRoleSchema })
  .meta({ id: 'CreateInvitationRequest', example: { email: 'grace@example.com', role: 'developer' } });

const invitationExample = {
  id: 'inv_4kQ9zX2mP7rT1vW8yB3nC6dF0gH5jL',
  orgId: '01JDX6Q4ZK8M3V7N2B5C9F0G1H',
  email: 'grace@example.com',
  role: 'developer',
  status: 'pending',
  invitedBy: 'user_ada',
  createdAt: '2026-11-22T10:10:00.000Z',
  expiresAt: '2026-11-29T10:10:00.000Z',
  resendCount: 0,
} as const;

export const InvitationSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    email: z.string().meta({ format: 'email' }),
    role: assignableRoleSchema,
    status: z.enum(invitationStatuses),
    invitedBy: z.string().meta({ description: 'The inviter’s user id' }),
    createdAt: isoDate,
    expiresAt: isoDate,
    resendCount: z.number().int(),
  })
  .meta({ id: 'Invitation', example: invitationExample });
export const InvitationPageSchema = pageOf(InvitationSchema, 'InvitationPage');

export const MyInvitationSchema = InvitationSchema.extend({
  organization: z.object({
    id: z.string(),
    name: z.string().nullable().meta({ description: 'null only if the organization is gone' }),
    logoUrl: z.string().nullable().meta({ format: 'uri' }),
  }),
  inviter: z.object({ userId: z.string(), name: z.string().nullable() }),
}).meta({
  id: 'MyInvitation',
  description: 'An invitation to the caller, with what they need to decide',
  example: {
    ...invitationExample,
    organization: {
      id: invitationExample.orgId,
      name: 'Acme GmbH',
      logoUrl: 'https://cdn.example.com/logo.png',
    },
    inviter: { userId: 'user_ada', name: 'Ada' },
  },
});
export const MyInvitationPageSchema = pageOf(MyInvitationSchema, 'MyInvitationPage');

export const InvitationQuerySchema = PageQuerySchema.extend({
  status: z.enum(invitationStatuses).optional(),
});

export const RosterQuerySchema = PageQuerySchema.extend({
  status: z.enum(['invited', 'active', 'blocked']).optional(),
  role: roleSchema.optional(),
});

const memberExample = {
  userId: 'user_grace',
  email: 'grace@example.com',
  name: 'Grace',
  role: 'developer',
  status: 'active',
  joinedAt: '2026-11-22T10:12:00.000Z',
} as const;

/** A membership: an active or blocked member. */
export const MemberSchema = z
  .object({
    userId: z.string(),
    email: z.string().nullable().meta({ description: 'The verified email the member joined with, if any' }),
    name: z.string().nullable(),
    role: roleSchema,
    status: z.enum(['active', 'blocked']),
    joinedAt: isoDate,
  })
  .meta({ id: 'Member', example: memberExample });

/** A pending invitation as it appears in the roster. */
export const InviteeSchema = z
  .object({
    invitationId: z.string(),
    email: z.string().meta({ format: 'email' }),
    role: assignableRoleSchema,
    status: z.literal('invited'),
    invitedAt: isoDate,
    expiresAt: isoDate,
  })
  .meta({
    id: 'Invitee',
    example: {
      invitationId: invitationExample.id,
      email: 'grace@example.com',
      role: 'developer',
      status: 'invited',
      invitedAt: invitationExample.createdAt,
      expiresAt: invitationExample.expiresAt,
    },
  });

export const RosterEntrySchema = z.discriminatedUnion('status', [MemberSchema, InviteeSchema]).meta({
  id: 'RosterEntry',
  description: 'A member (`active`, `blocked`) or an invitee (`invited`)',
  example: memberExample,
});
export const MemberPageSchema = pageOf(RosterEntrySchema, 'MemberPage');

export const AcceptedMembershipSchema = MemberSchema.extend({ orgId: z.string() }).meta({
  id: 'AcceptedMembership',
  description: 'The new membership, with the organization it is in',
  example: { orgId: invitationExample.orgId, ...memberExample },
});

export const ChangeRoleSchema = z
  .strictObject({ role: assignableRoleSchema })
  .meta({ id: 'ChangeMemberRoleRequest', example: { role: 'admin' } });

export const StartTransferSchema = z
  .strictObject({ toUserId: z.string().min(1).max(255) })
  .meta({ id: 'StartOwnershipTransferRequest', example: { toUserId: 'user_123' } });

export const TransferSchema = z
  .object({
    orgId: z.string(),
    fromUserId: z.string(),
    toUserId: z.string(),
    status: z.enum(['pending', 'completed']),
    createdAt: isoDate,
  })
  .meta({
    id: 'OwnershipTransfer',
    example: {
      orgId: invitationExample.orgId,
      fromUserId: 'user_ada',
      toUserId: 'user_grace',
      status: 'pending',
      createdAt: '2026-11-23T09:00:00.000Z',
    },
  });
