/** Reads the local SES mailbox (aws-ses-v2-local's `GET /store`). */
interface StoredEmail {
  destination: { to: string[] };
  at: number;
}

/** Polls until an email to `to` sent since `sinceMs` is stored; resolves with when it was seen (performance.now()). */
export async function waitForEmail(sesUrl: string, to: string, sinceMs: number, timeoutMs = 10_000) {
  const since = Math.floor(sinceMs / 1000) - 1;
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const response = await fetch(`${sesUrl}/store?since=${since}`);
    const { emails } = (await response.json()) as { emails: StoredEmail[] };
    if (emails.some((email) => email.destination.to.some((address) => address.includes(to)))) {
      return performance.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no email to ${to} within ${timeoutMs} ms`);
}
