import { Logger } from '@aws-lambda-powertools/logger';

/** One structured JSON logger per Lambda; each request appends its requestId. */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'orgs' });
