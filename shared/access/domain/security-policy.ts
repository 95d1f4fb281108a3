/**
 * The security policy, on the org item (`securityPolicy`), read with the membership on
 * every request: `requireMfa` (RFC 8176 `amr` values that count as multi-factor) and
 * `allowedInviteDomains`.
 */
export interface SecurityPolicy {
  requireMfa: boolean;
  allowedInviteDomains: string[];
  updatedAt: string | null;
}

/** RFC 8176 methods that satisfy `requireMfa`. */
export const MFA_METHODS = ['mfa', 'otp', 'hwk', 'swk', 'sms', 'fpt'] as const;

export function securityPolicyOf(org: object | undefined): SecurityPolicy {
  const stored = (org as { securityPolicy?: Partial<SecurityPolicy> } | undefined)?.securityPolicy;
  return {
    requireMfa: stored?.requireMfa === true,
    allowedInviteDomains: Array.isArray(stored?.allowedInviteDomains) ? stored.allowedInviteDomains : [],
    updatedAt: stored?.updatedAt ?? null,
  };
}

/** The token's `amr` claim holds a multi-factor method. */
export const satisfiesMfa = (amr: readonly string[] | undefined): boolean =>
  (amr ?? []).some((method) => (MFA_METHODS as readonly string[]).includes(method));

/** An email may be invited under the policy (any, when no domain is listed). */
export function inviteDomainAllowed(
  policy: Pick<SecurityPolicy, 'allowedInviteDomains'>,
  email: string,
): boolean {
  if (policy.allowedInviteDomains.length === 0) return true;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return policy.allowedInviteDomains.includes(domain);
}
