// Stripe's test card numbers that the browser stand-in understands, and what each one does.

export interface TestCard {
  number: string;
  brand: 'visa';
  last4: string;
  funding: 'credit';
  country: 'US';
  /** `declined`: refused at setup; `charge_fails`: attaches, then every charge on it is declined. */
  outcome: 'succeeded' | 'declined' | 'charge_fails';
}

const TEST_CARDS: readonly TestCard[] = [
  {
    number: '4242424242424242',
    brand: 'visa',
    last4: '4242',
    funding: 'credit',
    country: 'US',
    outcome: 'succeeded',
  },
  {
    number: '4000000000000002',
    brand: 'visa',
    last4: '0002',
    funding: 'credit',
    country: 'US',
    outcome: 'declined',
  },
  {
    number: '4000000000000341',
    brand: 'visa',
    last4: '0341',
    funding: 'credit',
    country: 'US',
    outcome: 'charge_fails',
  },
];

/** Whether a charge on a card with these last four digits succeeds (the test cards are told apart by them). */
export function chargeSucceeds(last4: string | undefined): boolean {
  return TEST_CARDS.find((card) => card.last4 === last4)?.outcome === 'succeeded';
}

export const SUPPORTED_CARD_NUMBERS = TEST_CARDS.map((card) => card.number);

/** Accepts the number with or without spaces/dashes, as a card field would. */
export function findTestCard(number: string): TestCard | undefined {
  const digits = number.replace(/[\s-]/g, '');
  return TEST_CARDS.find((card) => card.number === digits);
}

/** The decline Stripe reports for 4000000000000002. */
export const GENERIC_DECLINE = {
  code: 'card_declined',
  decline_code: 'generic_decline',
  doc_url: 'https://stripe.com/docs/error-codes/card-declined',
  message: 'Your card was declined.',
  type: 'card_error',
} as const;
