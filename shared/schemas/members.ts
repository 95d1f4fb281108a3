import * as z from 'zod';
import { normalizeEmail } from '../domain/email.ts';
import { invitationStatuses } from '../domain/invitation.ts';
import { assignableRoles, roles } from '../domain/permissions.ts';
import { idSchema, isoDate, PageQuerySchema, pageOf } from './common.ts';
import { OrgIdParams } from './orgs.ts';

export const emailSchema = z
  .string()
  // the same normalization as token emails (a lookalike such as the Kelvin sign stays itself)
  .overwrite(normalizeEmail)
  .max(254, 'At most 254 characters.')
  .pipe(z.email('Not an email address.'));

const roleSchema = z.enum(roles);
const assignableRoleSchema = z.enum(
  assignableRoles,
  'One of admin, developer, finance, member (owner moves only by transfer).',
);

export const MemberParams = OrgIdParams.extend({ userId: z.string().min(1).max(255) });
export const InvitationParams = OrgIdParams.extend({ invitationId: idSchema });
export const InvitationIdParams = z.object({ invitationId: idSchema });

export const CreateInvitationSchema = z
  .strictObject({ email: emailSchema, role: assignableRoleSchema })
  .meta({ id: 'CreateInvitation', example: { email: 'grace@example.com', role: 'developer' } });

export const InvitationSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    email: z.string(),
    role: assignableRoleSchema,
    status: z.enum(invitationStatuses),
    invitedBy: z.string(),
    createdAt: isoDate,
    expiresAt: isoDate,
    resendCount: z.number().int(),
  })
  .meta({ id: 'Invitation' });
export const InvitationPageSchema = pageOf(InvitationSchema, 'InvitationPage');

export const InvitationQuerySchema = PageQuerySchema.extend({
  status: z.enum(invitationStatuses).optional(),
});

export const RosterQuerySchema = PageQuerySchema.extend({
  status: z.enum(['invited', 'active', 'blocked']).optional(),
  role: roleSchema.optional(),
});

export const MemberSchema = z
  .object({
    userId: z.string().optional(),
    invitationId: z.string().optional(),
    email: z.string().nullable(),
    name: z.string().nullable().optional(),
    role: roleSchema,
    status: z.enum(['invited', 'active', 'blocked']),
    joinedAt: isoDate.optional(),
    invitedAt: isoDate.optional(),
    expiresAt: isoDate.optional(),
  })
  .meta({ id: 'Member' });
export const MemberPageSchema = pageOf(MemberSchema, 'MemberPage');

export const ChangeRoleSchema = z
  .strictObject({ role: assignableRoleSchema })
  .meta({ id: 'ChangeRole', example: { role: 'admin' } });

export const StartTransferSchema = z
  .strictObject({ toUserId: z.string().min(1).max(255) })
  .meta({ id: 'StartOwnershipTransfer', example: { toUserId: 'user_123' } });

export const TransferSchema = z
  .object({
    orgId: z.string(),
    fromUserId: z.string(),
    toUserId: z.string(),
    status: z.enum(['pending', 'completed']),
    createdAt: isoDate,
  })
  .meta({ id: 'OwnershipTransfer' });
