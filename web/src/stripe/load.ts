import type { Stripe } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';
import { config } from '../config.ts';

let loading: Promise<Stripe> | undefined;

function injectScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('The card form could not be loaded.'));
    document.head.append(script);
  });
}

/**
 * Stripe.js with the publishable key from config.json. Deployed: the real Stripe.js (loaded by
 * @stripe/stripe-js on first use, never at start-up). Locally: the Stripe emulator's stand-in,
 * injected first, which loadStripe then picks up as `window.Stripe`: the console code is the same.
 */
export function stripe(): Promise<Stripe> {
  loading ??= (async () => {
    const { publishableKey, jsUrl } = config().stripe;
    if (jsUrl && !('Stripe' in window)) await injectScript(jsUrl);
    const instance = await loadStripe(publishableKey);
    if (!instance) throw new Error('The card form could not be loaded.');
    return instance;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
