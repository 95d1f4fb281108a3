import { StartTransferSchema, TransferSchema } from '../../../shared/members/schemas.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { defineRoutes } from '../../../shared/platform/http/route-definition.ts';

/** The ownership area's routes: one definition each (see CONTRIBUTING.md). */
export const ownershipRoutes = defineRoutes('ownership', {
  startOwnershipTransfer: {
    route: 'POST /orgs/{orgId}/ownership-transfer',
    idempotent: true,
    summary: 'Offer ownership to an active admin',
    description:
      'The target must be an active admin (409 `TRANSFER_NOT_ALLOWED`). A new offer replaces a pending one.',
    permission: 'org:transfer',
    request: { params: OrgIdParams, body: StartTransferSchema },
    responses: { 201: { description: 'Pending transfer', schema: TransferSchema } },
    errors: ['TRANSFER_NOT_ALLOWED'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'PutItem'],
  },
  getOwnershipTransfer: {
    route: 'GET /orgs/{orgId}/ownership-transfer',
    summary: 'The pending transfer (to the owner and its target)',
    description:
      'The pending offer: who offered ownership to whom, and when. 404 when there is none, and to every member other than the owner and the target (it is theirs alone to cancel or accept).',
    permission: 'org:read',
    who: 'The owner and the target of the pending transfer.',
    request: { params: OrgIdParams },
    responses: { 200: { description: 'Pending transfer', schema: TransferSchema } },
    tableActions: ['GetItem', 'BatchGetItem'],
  },
  acceptOwnershipTransfer: {
    route: 'POST /orgs/{orgId}/ownership-transfer/accept',
    idempotent: true,
    summary: 'Accept ownership (the target)',
    description:
      'One transaction: the target becomes `owner`, the previous owner `admin`, the organization’s `ownerId` moves. 409 `TRANSFER_NOT_ALLOWED` when the target is no longer an active admin. The security policy holds: under `requireMfa` the target’s token must carry a multi-factor `amr` (403 `MFA_REQUIRED`).',
    // checked like any org route (membership, org, security policy); the handler checks the target
    permission: 'org:read',
    who: 'The target of the pending transfer only.',
    request: { params: OrgIdParams },
    responses: { 200: { description: 'Completed transfer', schema: TransferSchema } },
    errors: ['TRANSFER_NOT_ALLOWED'],
    tableActions: ['GetItem', 'BatchGetItem', 'DeleteItem', 'UpdateItem', 'PutItem'],
  },
  cancelOwnershipTransfer: {
    route: 'DELETE /orgs/{orgId}/ownership-transfer',
    summary: 'Cancel a pending transfer',
    description: 'Withdraws the pending offer; without one it is 404.',
    permission: 'org:transfer',
    request: { params: OrgIdParams },
    responses: { 204: { description: 'Cancelled', schema: null } },
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'DeleteItem', 'PutItem'],
  },
});
