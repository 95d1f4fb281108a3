// A stand-in for Stripe.js, served by the emulator at /__emulator/stripe.js: the subset the console
// uses (`Stripe(pk).elements().create('card')`, `mount`, `on('change')`, `confirmCardSetup`). It confirms
// against the emulator's /__emulator/setup_intents/{id}/confirm as the real Stripe.js would against
// Stripe, so the console's card step runs offline with the same code. Test cards: 4242… succeeds,
// 4000000000000002 is declined.
(() => {
  const origin = new URL(document.currentScript.src).origin;

  function cardElement() {
    const listeners = [];
    const fields = {};
    const emit = () => {
      const complete = Object.values(fields).every((input) => input.value.trim() !== '');
      for (const listener of listeners)
        listener({ elementType: 'card', complete, empty: !complete, error: undefined });
    };
    const field = (container, id, label, placeholder, autocomplete, size) => {
      const wrapper = document.createElement('label');
      wrapper.className = 'stripe-standin-field';
      wrapper.htmlFor = id;
      wrapper.append(label);
      const input = document.createElement('input');
      Object.assign(input, { id, placeholder, autocomplete, inputMode: 'numeric', size });
      input.addEventListener('input', emit);
      wrapper.append(input);
      container.append(wrapper);
      return input;
    };
    return {
      mount(target) {
        const container = typeof target === 'string' ? document.querySelector(target) : target;
        container.replaceChildren();
        container.dataset.stripeStandin = 'card';
        fields.number = field(
          container,
          'card-number',
          'Card number',
          '4242 4242 4242 4242',
          'cc-number',
          20,
        );
        fields.expiry = field(container, 'card-expiry', 'Expiry (MM/YY)', '12/34', 'cc-exp', 5);
        fields.cvc = field(container, 'card-cvc', 'CVC', '123', 'cc-csc', 4);
      },
      on(event, listener) {
        if (event === 'change') listeners.push(listener);
      },
      focus() {
        fields.number?.focus();
      },
      unmount() {},
      destroy() {},
      _values() {
        const [month, year] = (fields.expiry?.value ?? '').split('/').map((part) => Number(part.trim()));
        return {
          card: (fields.number?.value ?? '').replace(/\D/g, ''),
          ...(month ? { exp_month: month } : {}),
          ...(year ? { exp_year: year < 100 ? 2000 + year : year } : {}),
        };
      },
    };
  }

  async function confirmCardSetup(clientSecret, data) {
    const id = String(clientSecret).split('_secret_')[0];
    const card = data?.payment_method?.card;
    if (!card?._values) return { error: { type: 'validation_error', message: 'No card element given.' } };
    const response = await fetch(`${origin}/__emulator/setup_intents/${encodeURIComponent(id)}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...card._values(), client_secret: clientSecret }),
    });
    const body = await response.json();
    if (!response.ok) {
      return {
        error: { type: 'validation_error', message: body.error?.message ?? 'Your card number is invalid.' },
      };
    }
    const setupIntent = body.setup_intent;
    if (setupIntent.status !== 'succeeded') {
      const failure = setupIntent.last_setup_error ?? {};
      return {
        error: {
          type: 'card_error',
          code: failure.code,
          decline_code: failure.decline_code,
          message: failure.message ?? 'Your card was declined.',
          setup_intent: setupIntent,
        },
      };
    }
    return { setupIntent };
  }

  window.Stripe = Object.assign(
    (publishableKey) => ({
      publishableKey,
      elements: () => ({ create: (type) => (type === 'card' ? cardElement() : undefined) }),
      confirmCardSetup,
    }),
    { version: 'endive' },
  );
})();
