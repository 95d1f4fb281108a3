/** The contract's event catalogue, shared by the API and the console (`webhook.test` is sent only by the test route). */
export const webhookEventTypes = [
  'invitation.created',
  'invitation.accepted',
  'invitation.revoked',
  'invitation.expired',
  'member.role_changed',
  'member.blocked',
  'member.unblocked',
  'member.removed',
  'ownership.transferred',
  'organization.updated',
  'organization.activated',
  'billing.payment_failed',
  'api_key.created',
  'api_key.revoked',
  'domain.verified',
  'domain.unverified',
] as const;
