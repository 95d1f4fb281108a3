import * as z from 'zod';
import { canonicalTimeZone } from '../domain/time-zones.ts';
import { displayName, idSchema, isoDate, PageQuerySchema, pageOf } from './common.ts';

export const timeZoneSchema = z
  .string()
  .transform((value, context) => {
    const zone = canonicalTimeZone(value);
    if (!zone) {
      context.addIssue({ code: 'custom', message: 'Not an IANA time zone (e.g. Europe/Berlin).' });
      return z.NEVER;
    }
    return zone;
  })
  .meta({ example: 'Europe/Berlin' });

const httpsUrl = z
  .url({ protocol: /^https$/, error: 'Must be an https URL.' })
  .max(2048, 'At most 2048 characters.')
  .nullable();

export const BrandingSchema = z
  .object({
    logoUrl: z.string().nullable(),
    bannerUrl: z.string().nullable(),
    badgeUrl: z.string().nullable(),
  })
  .meta({ id: 'Branding' });

export const OrgIdParams = z.object({ orgId: idSchema });

export const CreateOrgSchema = z
  .strictObject({ name: displayName(100), timeZone: timeZoneSchema })
  .meta({ id: 'CreateOrg', example: { name: 'Acme Inc', timeZone: 'Europe/Berlin' } });

export const UpdateOrgSchema = z
  .strictObject({
    name: displayName(100).optional(),
    timeZone: timeZoneSchema.optional(),
    branding: z
      .strictObject({
        logoUrl: httpsUrl.optional(),
        bannerUrl: httpsUrl.optional(),
        badgeUrl: httpsUrl.optional(),
      })
      .refine(
        (branding) => Object.keys(branding).length > 0,
        'Send at least one of logoUrl, bannerUrl, badgeUrl.',
      )
      .optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Send at least one field.')
  .meta({
    id: 'UpdateOrg',
    example: {
      name: 'Acme GmbH',
      branding: { logoUrl: 'https://cdn.example.com/logo.png', bannerUrl: null },
    },
  });

export const OrgSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    timeZone: z.string(),
    branding: BrandingSchema,
    mode: z.enum(['sandbox', 'production']),
    status: z.enum(['sandbox', 'pending_payment', 'active']),
    planId: z.string(),
    memberLimit: z.number().int(),
    activeMemberCount: z.number().int(),
    ownerId: z.string(),
    paymentFailed: z.boolean(),
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .meta({ id: 'Organization' });

export const OnboardingSchema = z
  .object({
    status: z.enum(['sandbox', 'pending_payment', 'active']),
    steps: z.array(z.object({ id: z.enum(['plan', 'settings', 'billing', 'payment']), done: z.boolean() })),
    paymentFailure: z.object({ reason: z.string(), at: isoDate }).nullable(),
  })
  .meta({ id: 'Onboarding' });

export const MyOrgSchema = z
  .object({
    orgId: z.string(),
    name: z.string().nullable(),
    role: z.enum(['owner', 'admin', 'developer', 'finance', 'member']),
    status: z.enum(['active', 'blocked']),
    joinedAt: isoDate,
  })
  .meta({ id: 'MyOrganization' });
export const MyOrgPageSchema = pageOf(MyOrgSchema, 'MyOrganizationPage');

export const AuditQuerySchema = PageQuerySchema.extend({
  action: z
    .string()
    .regex(/^[a-z_]+\.[a-z_]+$/, 'An action such as workspace.created.')
    .optional(),
});

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    at: isoDate,
    actorId: z.string(),
    action: z.string().meta({ example: 'workspace.created' }),
    target: z.object({ type: z.string(), id: z.string() }),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });
export const AuditPageSchema = pageOf(AuditEntrySchema, 'AuditEntryPage');

export const WorkspaceParams = OrgIdParams.extend({ workspaceId: idSchema });
export const WorkspaceBodySchema = z
  .strictObject({ name: displayName(100) })
  .meta({ id: 'WorkspaceInput', example: { name: 'Staging' } });
export const WorkspaceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdBy: z.string(),
    createdAt: isoDate,
    isDefault: z.boolean(),
  })
  .meta({ id: 'Workspace' });
export const WorkspacePageSchema = pageOf(WorkspaceSchema, 'WorkspacePage');
