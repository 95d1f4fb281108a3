import * as z from 'zod';
import { roles } from '../members/domain/permissions.ts';
import { displayName, idSchema, isoDate, PageQuerySchema, pageOf } from '../platform/schemas.ts';
import { canonicalTimeZone } from './domain/time-zones.ts';

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
  .nullable()
  .meta({ pattern: '^https://', example: 'https://cdn.example.com/logo.png' });

// https when deployed (PATCH takes only https; the CDN is CloudFront); the local stack's storage serves http
const brandingUrl = z.string().nullable().meta({ format: 'uri', pattern: '^https?://' });

export const BrandingSchema = z
  .object({ logoUrl: brandingUrl, bannerUrl: brandingUrl, badgeUrl: brandingUrl })
  .meta({
    id: 'Branding',
    description:
      'URLs of the organization’s images: https URLs set with PATCH, or the CDN URL of an uploaded image (POST …/branding/{asset}/uploads); null when not set',
    example: { logoUrl: 'https://cdn.example.com/logo.png', bannerUrl: null, badgeUrl: null },
  });

export const OrgIdParams = z.object({ orgId: idSchema });

export const CreateOrgSchema = z
  .strictObject({ name: displayName(100), timeZone: timeZoneSchema })
  .meta({ id: 'CreateOrganizationRequest', example: { name: 'Acme Inc', timeZone: 'Europe/Berlin' } });

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
    id: 'UpdateOrganizationRequest',
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
    status: z.enum(['sandbox', 'pending_payment', 'active', 'deletion_scheduled']).meta({
      description:
        'Onboarding status; `deletion_scheduled` while a deletion waits for its grace period (only the owner sees the organization then)',
    }),
    planId: z.string(),
    memberLimit: z.number().int(),
    activeMemberCount: z.number().int(),
    ownerId: z.string(),
    paymentFailed: z.boolean(),
    billingStatus: z.enum(['none', 'ok', 'past_due', 'restricted']).meta({
      description:
        '`none` before activation; `past_due` while a payment is failing; `restricted` when still unpaid PAYMENT_GRACE_SECONDS after the first failure or when Stripe marks the subscription unpaid or canceled (production API keys, creating them and inviting answer 402 PAYMENT_REQUIRED); a payment restores `ok` at once',
    }),
    createdAt: isoDate,
    updatedAt: isoDate,
    deleteAt: isoDate
      .optional()
      .meta({ description: 'While deletion is scheduled: when the purge may start; restore before it' }),
  })
  .meta({
    id: 'Organization',
    example: {
      id: '01JDX6Q4ZK8M3V7N2B5C9F0G1H',
      name: 'Acme GmbH',
      timeZone: 'Europe/Berlin',
      branding: { logoUrl: 'https://cdn.example.com/logo.png', bannerUrl: null, badgeUrl: null },
      mode: 'sandbox',
      status: 'sandbox',
      planId: 'basic',
      memberLimit: 10,
      activeMemberCount: 1,
      ownerId: 'user_ada',
      paymentFailed: false,
      billingStatus: 'ok',
      createdAt: '2026-11-22T10:00:00.000Z',
      updatedAt: '2026-11-22T10:05:00.000Z',
    },
  });

export const OnboardingSchema = z
  .object({
    status: z.enum(['sandbox', 'pending_payment', 'active']),
    steps: z.array(z.object({ id: z.enum(['plan', 'settings', 'billing', 'payment']), done: z.boolean() })),
    paymentFailure: z.object({ reason: z.string(), at: isoDate }).nullable(),
  })
  .meta({
    id: 'Onboarding',
    example: {
      status: 'pending_payment',
      steps: [
        { id: 'plan', done: true },
        { id: 'settings', done: true },
        { id: 'billing', done: true },
        { id: 'payment', done: false },
      ],
      paymentFailure: null,
    },
  });

export const MyOrgSchema = z
  .object({
    id: z.string().meta({ description: 'The organization’s id (as `Organization.id`)' }),
    orgId: z.string().meta({ description: 'Same as `id`; kept for existing clients', deprecated: true }),
    name: z.string().nullable(),
    role: z.string().meta({ description: `A built-in role (${roles.join(', ')}) or a custom role's key` }),
    permissions: z.array(z.string()).meta({
      description:
        'What the role holds in this organization (application permissions included); [] while blocked',
    }),
    status: z.enum(['active', 'blocked']),
    joinedAt: isoDate,
  })
  .meta({
    id: 'MyOrganization',
    example: {
      id: '01JDX6Q4ZK8M3V7N2B5C9F0G1H',
      orgId: '01JDX6Q4ZK8M3V7N2B5C9F0G1H',
      name: 'Acme GmbH',
      role: 'owner',
      permissions: ['org:read', 'org:settings', 'members:invite', 'members:manage'],
      status: 'active',
      joinedAt: '2026-11-22T10:00:00.000Z',
    },
  });
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
  .meta({
    id: 'AuditEntry',
    example: {
      id: '01JDX7A2B3C4D5E6F7G8H9J0KM',
      at: '2026-11-22T10:05:00.000Z',
      actorId: 'user_ada',
      action: 'workspace.created',
      target: { type: 'workspace', id: '01JDX7A2B3C4D5E6F7G8H9J0KN' },
      details: { name: 'Staging' },
    },
  });
export const AuditPageSchema = pageOf(AuditEntrySchema, 'AuditEntryPage');

export const WorkspaceParams = OrgIdParams.extend({ workspaceId: idSchema });
export const WorkspaceBodySchema = z
  .strictObject({ name: displayName(100) })
  .meta({ id: 'WorkspaceNameRequest', example: { name: 'Staging' } });
export const WorkspaceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdBy: z.string(),
    createdAt: isoDate,
    isDefault: z.boolean(),
  })
  .meta({
    id: 'Workspace',
    example: {
      id: '01JDX7A2B3C4D5E6F7G8H9J0KN',
      name: 'Staging',
      createdBy: 'user_ada',
      createdAt: '2026-11-22T10:05:00.000Z',
      isDefault: false,
    },
  });
export const WorkspacePageSchema = pageOf(WorkspaceSchema, 'WorkspacePage');
