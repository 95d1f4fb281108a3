import { describe, expect, it } from 'vitest';
import { readyBanner } from '../../infra/local/banner.ts';

/** `npm start`'s banner says which rule webhook targets follow, so nobody takes the local one for the deployed. */

const stack = {
  apiUrl: 'http://127.0.0.1:3000',
  dynamodbEndpoint: 'http://127.0.0.1:8000',
  sesUrl: 'http://127.0.0.1:8005',
  stripeUrl: 'http://127.0.0.1:12111',
  storageUrl: 'http://127.0.0.1:4569',
  appUrl: 'http://localhost:5173',
};

describe('the local stack’s start banner', () => {
  it('says private targets are allowed here, unlike deployed (the local default)', () => {
    const [webhooks, ready] = readyBanner(
      stack,
      { inMemory: true, dataDir: '.local' },
      {
        WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      },
    );
    expect(webhooks).toMatch(
      /^webhooks: http and private targets .* allowed here: WEBHOOK_ALLOW_PRIVATE_TARGETS=true/,
    );
    expect(webhooks).toContain('Deployed, only https URLs of public addresses');
    expect(webhooks).not.toContain('ready');
    expect(ready).toBe(
      'orgs local stack ready: api=http://127.0.0.1:3000 dynamodb=http://127.0.0.1:8000 ses=http://127.0.0.1:8005 stripe=http://127.0.0.1:12111 storage=http://127.0.0.1:4569 console=http://localhost:5173 (in memory)',
    );
  });

  it('says when the deployed rule applies locally too', () => {
    const [webhooks, ready] = readyBanner(
      stack,
      { inMemory: false, dataDir: '/data' },
      {
        WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false',
      },
    );
    expect(webhooks).toBe(
      'webhooks: only https URLs of public addresses, as deployed (WEBHOOK_ALLOW_PRIVATE_TARGETS is not true)',
    );
    expect(ready).toMatch(/\(data in \/data\)$/);
  });
});
