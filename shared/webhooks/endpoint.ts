/** A webhook endpoint as stored (`ORG#<orgId> / WEBHOOK#<id>`); its secret is a separate item. */
export interface WebhookEndpointRecord {
  id: string;
  orgId: string;
  url: string;
  description: string | null;
  /** `["*"]` or event types */
  events: string[];
  /** when set, `api_key.*` events of this mode only */
  mode: 'sandbox' | 'production' | null;
  status: 'enabled' | 'disabled';
  /** why it is disabled: a person did it, or it kept failing */
  disabledReason?: 'manual' | 'failing';
  /** first failure since the last success */
  failingSince?: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** The endpoint as the API shows it: never the secret, never internal attributes. */
export const toEndpointResponse = (endpoint: WebhookEndpointRecord) => ({
  id: endpoint.id,
  url: endpoint.url,
  description: endpoint.description,
  events: endpoint.events,
  mode: endpoint.mode,
  status: endpoint.status,
  disabledReason: endpoint.status === 'disabled' ? (endpoint.disabledReason ?? 'manual') : null,
  createdBy: endpoint.createdBy,
  createdAt: endpoint.createdAt,
  updatedAt: endpoint.updatedAt,
});
