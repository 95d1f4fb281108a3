/**
 * Constructs beyond "one function per route": background functions with their triggers,
 * queues, buckets, authorizers. One line each; each builds in the area stack it names
 * (`resources.areaStack(area)`, infra/areas.ts), and gets the shared table, secret, API,
 * alarm topic and environment from `area.resources`. They run after every route's function
 * exists and before the HTTP routes are built (so an authorizer registered in
 * `resources.routeAuthorizers` applies). Put the construct itself in infra/constructs/<name>.ts.
 */

import { apiKeyAuthorizerFunction, backgroundFunctions } from '../functions/background.ts';
import { areaOf } from './areas.ts';
import { ApiKeyAuthorizer } from './constructs/api-key-authorizer.ts';
import type { AppResources } from './constructs/app-resources.ts';
import { BrandingStorage } from './constructs/branding-storage.ts';
import { CleanupSchedule } from './constructs/cleanup-schedule.ts';
import { Notifications } from './constructs/notifications.ts';
import { Webhooks } from './constructs/webhooks.ts';

export const extensions: ReadonlyArray<(resources: AppResources) => unknown> = [
  (r) => new Notifications(r.areaStack(areaOf(backgroundFunctions.notify)), 'Notifications'),
  (r) => new CleanupSchedule(r.areaStack(areaOf(backgroundFunctions.cleanup)), 'CleanupSchedule'),
  (r) => new ApiKeyAuthorizer(r.areaStack(areaOf(apiKeyAuthorizerFunction)), 'ApiKeyAuthorizer'),
  // before Webhooks: it denies webhook secrets to every function that exists when it runs
  (r) => new BrandingStorage(r.areaStack(areaOf(backgroundFunctions.checkBrandingUpload)), 'BrandingStorage'),
  (r) => new Webhooks(r.areaStack(areaOf(backgroundFunctions.webhookDeliver)), 'Webhooks'),
];
