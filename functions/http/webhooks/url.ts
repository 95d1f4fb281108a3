import { ApiError } from '../../../shared/platform/errors.ts';
import { checkUrlForRegistration, TargetNotAllowed } from '../../../shared/webhooks/target-guard.ts';

/** 400 WEBHOOK_URL_NOT_ALLOWED unless the URL is https to public addresses (or the local stack allows it). */
export async function allowedUrl(url: string): Promise<void> {
  try {
    await checkUrlForRegistration(url);
  } catch (error) {
    if (error instanceof TargetNotAllowed) throw new ApiError('WEBHOOK_URL_NOT_ALLOWED', error.message);
    throw error;
  }
}
