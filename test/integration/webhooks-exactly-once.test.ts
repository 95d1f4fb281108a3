import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { allowedUrl } from '../../functions/http/webhooks/url.ts';
import { handler as dispatch } from '../../functions/scheduled/webhook-dispatcher.ts';
import { handler as consume } from '../../functions/stream/webhook-events.ts';
import { ApiError } from '../../shared/platform/errors.ts';
import { attemptDelivery } from '../../shared/webhooks/deliver.ts';
import { createDelivery } from '../../shared/webhooks/deliveries.ts';
import { getEndpoint } from '../../shared/webhooks/endpoints.ts';
import { MAX_ATTEMPTS } from '../../shared/webhooks/schedule.ts';
import { setResolverForTests } from '../../shared/webhooks/target-guard.ts';
import { setEnv } from '../support/env.ts';
import { api } from '../support/http.ts';
import { waitForEmails } from '../support/mailbox.ts';
import { expectStatus, inviteAndAccept, newOrg } from '../support/members.ts';
import { streamRecord } from '../support/stream-records.ts';
import { until } from '../support/wait.ts';
import {
  deliveriesOf,
  received,
  receiverForTests,
  registerEndpoint,
  settledDeliveries,
  verifiedEvents,
} from '../support/webhooks.ts';

const receiver = receiverForTests();
afterEach(() => {
  setResolverForTests(undefined);
  setEnv({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_DISABLE_AFTER_SECONDS: undefined });
});

const WAIT = 60_000;
const lambdaContext = { functionName: 'webhookEvents', getRemainingTimeInMillis: () => 60_000 } as never;

/** An org rename as the table stream carries it (the org item's old and new images). */
function renameRecord(orgId: string, ownerId: string, name: string) {
  const base = {
    PK: `ORG#${orgId}`,
    SK: 'META',
    type: 'org',
    id: orgId,
    ownerId,
    mode: 'sandbox',
    timeZone: 'UTC',
  };
  return streamRecord('MODIFY', {
    old: { ...base, name: 'Before', updatedAt: '2026-12-01T10:00:00.000Z' },
    new: { ...base, name, updatedAt: new Date().toISOString() },
  });
}

describe('webhooks: exactly one delivery per (event, endpoint)', () => {
  it('redelivered and concurrent stream batches create one delivery; concurrent dispatcher runs attempt once', async () => {
    const { owner, orgId } = await newOrg();
    receiver.script('/once', [500, 200]);
    const endpoint = await registerEndpoint(owner, orgId, receiver.url('/once'), ['organization.updated']);
    const record = renameRecord(orgId, owner.userId, 'Once');
    const results = await Promise.all([
      consume({ Records: [record, record] }, lambdaContext),
      consume({ Records: [record] }, lambdaContext),
      consume({ Records: [record] }, lambdaContext),
    ]);
    expect(results.every((result) => result.batchItemFailures.length === 0)).toBe(true);
    await received(receiver, '/once', 1, WAIT);
    await until(
      async () => (await deliveriesOf(owner, orgId, endpoint.id)).items,
      // the stack's own schedule may already have made the retry (due at once) by the time we look
      (items) => items.length === 1 && items[0].attempts.length >= 1,
      'the first attempt recorded',
      WAIT,
    );
    // the retry is due at once: five dispatcher runs together, besides the stack's own schedule
    await Promise.all(Array.from({ length: 5 }, () => dispatch()));
    const [delivery] = await settledDeliveries(owner, orgId, endpoint.id, 1, WAIT);
    await Promise.all(Array.from({ length: 5 }, () => dispatch()));
    expect(delivery).toMatchObject({ status: 'succeeded', attempt: 2 });
    const requests = receiver.at('/once');
    expect(requests).toHaveLength(2);
    expect(new Set(requests.map((request) => request.headers['webhook-id'])).size).toBe(1);
    verifiedEvents(receiver, requests, endpoint.secret);
    // the consumer again, after everything: still the one delivery
    await consume({ Records: [record] }, lambdaContext);
    expect(await settledDeliveries(owner, orgId, endpoint.id, 1, WAIT)).toHaveLength(1);
  });

  it('property: for any failure pattern every delivery ends succeeded or failed, none lost, none duplicated', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(fc.constantFrom(200, 500, 503, 404), { minLength: 1, maxLength: MAX_ATTEMPTS + 1 }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        async (patterns) => {
          run += 1;
          const { owner, orgId } = await newOrg();
          const endpoints = await Promise.all(
            patterns.map((pattern, index) => {
              const path = `/prop-${run}-${index}`;
              receiver.script(path, pattern);
              return registerEndpoint(owner, orgId, receiver.url(path), ['organization.updated']).then(
                (e) => ({
                  ...e,
                  path,
                  pattern,
                }),
              );
            }),
          );
          expectStatus(
            await api('PATCH', `/orgs/${orgId}`, { token: owner.token, body: { name: `Run ${run}` } }),
            200,
          );
          for (const endpoint of endpoints) {
            const firstOk = endpoint.pattern.findIndex((status) => status < 300);
            const attempts = firstOk >= 0 && firstOk < MAX_ATTEMPTS ? firstOk + 1 : MAX_ATTEMPTS;
            const deliveries = await settledDeliveries(owner, orgId, endpoint.id, 1, WAIT);
            expect(deliveries).toHaveLength(1);
            expect(deliveries[0]).toMatchObject({
              status: firstOk >= 0 && firstOk < MAX_ATTEMPTS ? 'succeeded' : 'failed',
              attempt: attempts,
            });
            const requests = receiver.at(endpoint.path);
            expect(requests).toHaveLength(attempts);
            expect(new Set(requests.map((request) => request.headers['webhook-id'])).size).toBe(1);
            verifiedEvents(receiver, requests, endpoint.secret);
          }
        },
      ),
      { numRuns: 4 },
    );
  }, 240_000);
});

describe('webhooks: SSRF guard (local flag off)', () => {
  const refused = [
    'https://127.0.0.1/hook',
    'https://localhost/hook',
    'https://10.0.0.1/hook',
    'https://192.168.1.1/hook',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://100.64.0.1/hook',
    'https://[fd00::1]/hook',
    'http://93.184.216.34/hook',
  ];

  it('refuses private, loopback, link-local, metadata and non-https targets at registration', async () => {
    setEnv({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false' });
    for (const url of refused) {
      const error = await allowedUrl(url).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error, url).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('WEBHOOK_URL_NOT_ALLOWED');
    }
    await expect(allowedUrl('https://93.184.216.34/hook')).resolves.toBeUndefined();
  });

  it('refuses them again at delivery, also a name that resolves to a private address later', async () => {
    const { owner, orgId } = await newOrg();
    const endpoints = await Promise.all(
      [...refused, 'https://rebinding.example.test/hook'].map((url) =>
        registerEndpoint(owner, orgId, url, ['organization.updated']),
      ),
    );
    setEnv({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false' });
    // public at registration...
    setResolverForTests(async () => [{ address: '93.184.216.34', family: 4 }]);
    await expect(allowedUrl('https://rebinding.example.test/hook')).resolves.toBeUndefined();
    // ...private when the attempt comes
    setResolverForTests(async (host) =>
      host === 'localhost' ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.0.0.1', family: 4 }],
    );
    const event = {
      id: `evt_ssrf_${orgId.slice(-10)}`,
      type: 'organization.updated' as const,
      createdAt: new Date().toISOString(),
      orgId,
      data: {},
    };
    for (const endpoint of endpoints) {
      const { ref } = await createDelivery(event, endpoint.id);
      const attempted = await attemptDelivery(ref);
      expect(attempted?.attempts[0]?.error, endpoint.url).toMatch(/private|https/);
      expect(attempted?.attempts[0]?.responseStatus).toBeUndefined();
    }
  });
});

describe('webhooks: an endpoint failing too long', () => {
  it('is disabled, and its creator and the admins are emailed once', async () => {
    const { owner, orgId } = await newOrg();
    const developer = await inviteAndAccept(owner, orgId, 'developer');
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    receiver.script('/dying', [500]);
    const endpoint = await registerEndpoint(developer, orgId, receiver.url('/dying'), ['member.removed']);
    setEnv({ WEBHOOK_DISABLE_AFTER_SECONDS: '0.05' });
    const event = (n: number) => ({
      id: `evt_dying_${n}_${orgId.slice(-8)}`,
      type: 'member.removed' as const,
      createdAt: new Date().toISOString(),
      orgId,
      data: {},
    });
    for (const n of [1, 2]) {
      const { ref } = await createDelivery(event(n), endpoint.id);
      await attemptDelivery(ref);
      await new Promise((resolve) => setTimeout(resolve, 100)); // the streak must be older than 0.05 s
    }
    const stored = await getEndpoint(orgId, endpoint.id);
    expect(stored).toMatchObject({ status: 'disabled', disabledReason: 'failing' });
    const got = await api('GET', `/orgs/${orgId}/webhook-endpoints/${endpoint.id}`, { token: owner.token });
    expect(got.body).toMatchObject({ status: 'disabled', disabledReason: 'failing' });
    for (const person of [developer, admin, owner]) {
      const emails = await waitForEmails(person.email, 1, {
        subject: /webhook endpoint .* was disabled/,
        deadlineMs: WAIT,
      });
      expect(emails).toHaveLength(1);
      expect(emails[0]?.body.text).toContain(receiver.url('/dying'));
      expect(emails[0]?.body.text).not.toContain('whsec_');
    }
    // enabled again by a person: the failure clock starts afresh
    const enabled = await api('PATCH', `/orgs/${orgId}/webhook-endpoints/${endpoint.id}`, {
      token: developer.token,
      body: { status: 'enabled' },
    });
    expect(enabled.body).toMatchObject({ status: 'enabled', disabledReason: null });
  });
});
