import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { deleteOrgObjects } from '../../shared/branding/storage.ts';
import { purgeOrg } from '../../shared/lifecycle/purge.ts';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import { keys, orgPk } from '../../shared/platform/dynamo/keys.ts';
import { createKeyOk, expectKeyRefused, whoAmI } from '../support/api-keys.ts';
import { setEnv } from '../support/env.ts';
import { api, newUser } from '../support/http.ts';
import { png } from '../support/images.ts';
import { expectStatus, inviteOk } from '../support/members.ts';
import { createOrgFor, scheduleDeletion } from '../support/orgs.ts';
import { upload } from '../support/uploads.ts';
import { until } from '../support/wait.ts';
import { receiverForTests, registerEndpoint } from '../support/webhooks.ts';

/** API keys and webhook endpoints across a deletion: refused at once, back on restore, gone with the purge. */

const receiver = receiverForTests();

const get = async (key: { PK: string; SK: string }) =>
  (await db().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }))).Item;

describe('API keys and webhook endpoints of a deleted org', () => {
  it('keys are refused with API_KEY_SUSPENDED at once and work again after restore', async () => {
    const owner = await newUser();
    const org = await createOrgFor(owner);
    const key = await createKeyOk(owner, org.id);
    expectStatus(await whoAmI(key.key), 200);
    await scheduleDeletion(owner, org.id);
    expectKeyRefused(await whoAmI(key.key), 'API_KEY_SUSPENDED');
    expectStatus(await api('POST', `/orgs/${org.id}/restore`, { token: owner.token }), 200);
    expect((await whoAmI(key.key)).body).toMatchObject({ orgId: org.id, keyId: key.id });
  });

  it('endpoints receive nothing while deletion is scheduled (the revocations included)', async () => {
    const owner = await newUser();
    const org = await createOrgFor(owner);
    const endpoint = await registerEndpoint(owner, org.id, receiver.url(`/deleted-${org.id}`), [
      'invitation.revoked',
    ]);
    const invitee = await newUser();
    await inviteOk(owner, org.id, invitee.email, 'member');
    await scheduleDeletion(owner, org.id);
    // the revocation's event got its delivery, which ended without sending
    const [held] = await until(
      async () => {
        const { Items = [] } = await db().send(
          new QueryCommand({
            TableName: tableName(),
            KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
            ExpressionAttributeValues: { ':pk': orgPk(org.id), ':prefix': `WHDELIVERY#${endpoint.id}#` },
            ConsistentRead: true,
          }),
        );
        return Items;
      },
      (items) => items.some((item) => item.status === 'failed'),
      'the delivery held back',
      20_000,
    );
    expect(held).toMatchObject({ status: 'failed', error: 'The organization is scheduled for deletion.' });
    expect(receiver.at(`/deleted-${org.id}`)).toEqual([]);
    // restored, the owner sends it again
    expectStatus(await api('POST', `/orgs/${org.id}/restore`, { token: owner.token }), 200);
    const retried = await api(
      'POST',
      `/orgs/${org.id}/webhook-endpoints/${endpoint.id}/deliveries/${held?.deliveryId}/retry`,
      { token: owner.token },
    );
    expectStatus(retried, 202);
    await until(
      async () => receiver.at(`/deleted-${org.id}`),
      (got) => got.length === 1,
      'the retried delivery',
    );
  });

  it('the purge removes keys with their hash lookups and endpoints with their secrets', async () => {
    const owner = await newUser();
    const org = await createOrgFor(owner);
    const key = await createKeyOk(owner, org.id);
    const endpoint = await registerEndpoint(owner, org.id, receiver.url('/purged'));
    const ref = await get(keys.apiKeyHashRef(org.id, key.id));
    const hash = ref?.hash as string;
    expect(await get(keys.apiKeyLookup(hash))).toBeDefined();
    expect(await get(keys.webhookSecret(endpoint.id))).toBeDefined();
    const deleteAt = await scheduleDeletion(owner, org.id);
    const purged = await purgeOrg(org.id, { now: new Date(Date.parse(deleteAt) + 1000) });
    expect(purged.outcome).toBe('purged');
    expect(await get(keys.apiKeyLookup(hash))).toBeUndefined();
    expect(await get(keys.webhookSecret(endpoint.id))).toBeUndefined();
    expect(await get(keys.apiKey(org.id, key.id))).toBeUndefined();
    expect(await get(keys.webhookEndpoint(org.id, endpoint.id))).toBeUndefined();
    expectKeyRefused(await whoAmI(key.key), 'API_KEY_INVALID');
  });
});

describe('branding images of a deleted org', () => {
  it('the purge deletes them from storage: the CDN URL stops serving; a second purge finds nothing', async () => {
    const owner = await newUser();
    const org = await createOrgFor(owner);
    const { decision } = await upload(owner, org.id, 'logo', png(48, 48, 7), 'image/png');
    expect(decision.body.status).toBe('accepted');
    const logoUrl = decision.body.url as string;
    expect((await fetch(logoUrl)).status).toBe(200);
    // another org's logo stays
    const otherOwner = await newUser();
    const other = await createOrgFor(otherOwner);
    const kept = await upload(otherOwner, other.id, 'logo', png(40, 40, 8), 'image/png');

    const deleteAt = await scheduleDeletion(owner, org.id);
    // deployed, the CDN is told to drop the org's images: CloudFront's API, played by a recorder here
    const cloudFront = await startCloudFrontRecorder();
    setEnv({ BRANDING_DISTRIBUTION_ID: 'E2PURGETEST', CLOUDFRONT_ENDPOINT: cloudFront.url });
    try {
      const purged = await purgeOrg(org.id, {
        now: new Date(Date.parse(deleteAt) + 1000),
        deleteStoredObjects: deleteOrgObjects,
      });
      expect(purged.outcome).toBe('purged');
      expect((await fetch(logoUrl)).status).toBe(404);
      expect(cloudFront.invalidations).toEqual([
        { distributionId: 'E2PURGETEST', paths: [`/assets/${org.id}/*`] },
      ]);
      expect(await deleteOrgObjects(org.id)).toBe(0);
      expect((await fetch(kept.decision.body.url as string)).status).toBe(200);
    } finally {
      setEnv({ BRANDING_DISTRIBUTION_ID: undefined });
      await cloudFront.close();
    }
  });
});

/** CloudFront's CreateInvalidation (REST-XML), recorded: what the purge asked the CDN to drop. */
async function startCloudFrontRecorder() {
  const invalidations: { distributionId: string; paths: string[] }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const match = /^\/2020-05-31\/distribution\/([^/]+)\/invalidation$/.exec(request.url ?? '');
      if (request.method !== 'POST' || !match) {
        response.writeHead(404).end();
        return;
      }
      const paths = [...body.matchAll(/<Path>([^<]*)<\/Path>/g)].map((found) => found[1] as string);
      invalidations.push({ distributionId: match[1] as string, paths });
      response.writeHead(201, { 'content-type': 'text/xml', location: `${request.url}/I1` });
      response.end(
        `<?xml version="1.0" encoding="UTF-8"?><Invalidation xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Id>I1</Id><Status>InProgress</Status><CreateTime>${new Date().toISOString()}</CreateTime>${/<InvalidationBatch[\s\S]*<\/InvalidationBatch>/.exec(body)?.[0] ?? ''}</Invalidation>`,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    invalidations,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
