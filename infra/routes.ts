/**
 * The route table: one entry per use case. The CDK stack builds one Lambda per
 * entry and grants it exactly `tableActions`; the local gateway dispatches to the
 * same handler modules; the OpenAPI document lists the same paths.
 * Pure data: no CDK or runtime imports, so every side can read it.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type TableAction =
  | 'GetItem'
  | 'BatchGetItem'
  | 'Query'
  | 'PutItem'
  | 'UpdateItem'
  | 'DeleteItem'
  | 'ConditionCheckItem';

export type Secret = 'stripe';

export interface FunctionDef {
  /** function name and OpenAPI operationId */
  id: string;
  /** module path from the project root; it exports `handler` */
  handler: string;
  tableActions: readonly TableAction[];
  secrets?: readonly Secret[];
}

export interface RouteDef extends FunctionDef {
  method: HttpMethod;
  path: string;
  /** false only for the public routes of the contract */
  auth: boolean;
  summary: string;
}

const READ = ['GetItem'] as const;

export const routes: readonly RouteDef[] = [
  {
    id: 'health',
    method: 'GET',
    path: '/health',
    handler: 'functions/http/system/health.ts',
    auth: false,
    tableActions: [],
    summary: 'Liveness check',
  },
  {
    id: 'openapi',
    method: 'GET',
    path: '/openapi.json',
    handler: 'functions/http/system/openapi.ts',
    auth: false,
    tableActions: [],
    summary: 'This OpenAPI 3.1 document',
  },
  {
    id: 'listPlans',
    method: 'GET',
    path: '/plans',
    handler: 'functions/http/system/list-plans.ts',
    auth: false,
    tableActions: [],
    summary: 'Plan catalog',
  },
  {
    id: 'getMe',
    method: 'GET',
    path: '/me',
    handler: 'functions/http/me/get-me.ts',
    auth: true,
    tableActions: [...READ, 'PutItem'],
    summary: 'The caller’s profile (created on first call)',
  },
  {
    id: 'updateMe',
    method: 'PATCH',
    path: '/me',
    handler: 'functions/http/me/update-me.ts',
    auth: true,
    tableActions: [...READ, 'PutItem', 'UpdateItem'],
    summary: 'Update name or the default organization (the org switcher)',
  },
];

/** Functions not behind the HTTP API: stream consumer and scheduled jobs. */
export const backgroundFunctions = {
  notify: {
    id: 'notify',
    handler: 'functions/stream/notify.ts',
    tableActions: ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'DeleteItem'],
  },
  cleanup: {
    id: 'cleanup',
    handler: 'functions/scheduled/cleanup.ts',
    tableActions: ['Query', 'UpdateItem', 'DeleteItem'],
  },
} as const satisfies Record<string, FunctionDef>;
