/** Stable error codes clients branch on (the contract's list), with their HTTP status. */
export const errorCatalog = {
  UNAUTHENTICATED: { status: 401, title: 'Unauthenticated' },
  FORBIDDEN: { status: 403, title: 'Forbidden' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  VALIDATION_FAILED: { status: 400, title: 'Validation failed' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Payload too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  PRECONDITION_FAILED: { status: 412, title: 'Precondition failed' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, title: 'Idempotency key reused with another request' },
  CONFLICT: { status: 409, title: 'Conflict' },
  ORG_LIMIT_REACHED: { status: 409, title: 'Organization limit reached' },
  MEMBER_LIMIT_REACHED: { status: 409, title: 'Member limit reached' },
  WORKSPACE_LIMIT_REACHED: { status: 409, title: 'Workspace limit reached' },
  PENDING_INVITATION_LIMIT_REACHED: { status: 409, title: 'Pending invitation limit reached' },
  ALREADY_MEMBER: { status: 409, title: 'Already a member' },
  INVITATION_PENDING: { status: 409, title: 'Invitation already pending' },
  INVITATION_ALREADY_USED: { status: 409, title: 'Invitation already used' },
  INVITATION_EXPIRED: { status: 410, title: 'Invitation expired' },
  INVITATION_REVOKED: { status: 410, title: 'Invitation revoked' },
  INVITATION_EMAIL_MISMATCH: { status: 403, title: 'Invitation is for another email' },
  USER_NOT_REGISTERED: { status: 422, title: 'User not registered' },
  EMAIL_NOT_VERIFIED: { status: 422, title: 'Email not verified' },
  OWNER_REQUIRED: { status: 409, title: 'Owner required' },
  TRANSFER_NOT_ALLOWED: { status: 409, title: 'Transfer not allowed' },
  BILLING_DETAILS_REQUIRED: { status: 409, title: 'Billing details required' },
  WEBHOOK_SIGNATURE_INVALID: { status: 400, title: 'Webhook signature invalid' },
  WEBHOOK_URL_NOT_ALLOWED: { status: 400, title: 'Webhook URL not allowed' },
  RATE_LIMITED: { status: 429, title: 'Rate limited' },
  ORG_NOT_ACTIVE: { status: 409, title: 'Organization not in production' },
  API_KEY_INVALID: { status: 401, title: 'API key invalid' },
  API_KEY_REVOKED: { status: 401, title: 'API key revoked' },
  API_KEY_EXPIRED: { status: 401, title: 'API key expired' },
  API_KEY_SUSPENDED: { status: 401, title: 'API key suspended' },
  VERIFIED_EMAIL_REQUIRED: { status: 403, title: 'Verified email required' },
  BAD_GATEWAY: { status: 502, title: 'Upstream service failed' },
  UNAVAILABLE: { status: 503, title: 'Temporarily unavailable' },
  PAYMENT_REQUIRED: { status: 402, title: 'Payment required' },
  PLAN_FEATURE_UNAVAILABLE: { status: 403, title: "Not in the organization's plan" },
  FEATURE_IN_USE: { status: 409, title: 'Feature in use' },
  ROLE_EXISTS: { status: 409, title: 'Role exists' },
  ROLE_LIMIT_REACHED: { status: 409, title: 'Role limit reached' },
  ROLE_IN_USE: { status: 409, title: 'Role in use' },
  DOMAIN_NOT_ALLOWED: { status: 400, title: 'Domain not allowed' },
  DOMAIN_TAKEN: { status: 409, title: 'Domain verified by another organization' },
  DOMAIN_NOT_VERIFIED: { status: 409, title: 'Domain not verified' },
  JOIN_REQUEST_PENDING: { status: 409, title: 'Join request pending' },
  MFA_REQUIRED: { status: 403, title: 'Multi-factor sign-in required' },
  EMAIL_DOMAIN_NOT_ALLOWED: { status: 403, title: 'Email domain not allowed' },
  INTERNAL: { status: 500, title: 'Internal error' },
} as const;

export type ErrorCode = keyof typeof errorCatalog;

export interface FieldError {
  path: string;
  message: string;
}

/** What an ApiError carries besides its code and detail. */
export interface ApiErrorOptions {
  /** the fields that failed validation (VALIDATION_FAILED) */
  errors?: FieldError[];
  /** response headers the error answers with (e.g. retry-after, www-authenticate) */
  headers?: Record<string, string>;
  /** only for the contract's codes with two statuses (ORG_NOT_ACTIVE: 409 creating a key, 403 using one) */
  status?: number;
}

/** An error whose message is safe to show to the client. */
export class ApiError extends Error {
  readonly status: number;
  readonly errors?: FieldError[];
  readonly headers?: Record<string, string>;
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    given: ApiErrorOptions = {},
  ) {
    super(detail);
    this.name = 'ApiError';
    this.errors = given.errors;
    this.headers = given.headers;
    this.status = given.status ?? errorCatalog[code].status;
  }
}

export const notFound = (what = 'Resource') => new ApiError('NOT_FOUND', `${what} not found.`);
export const forbidden = (detail = 'Your role does not allow this action.') =>
  new ApiError('FORBIDDEN', detail);
export const validationFailed = (errors: FieldError[], detail = 'The request is not valid.') =>
  new ApiError('VALIDATION_FAILED', detail, { errors });
