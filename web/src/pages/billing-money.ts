import type { Schemas } from '../api/client.ts';

/** An amount in the currency's smallest unit, as the person's locale writes it (e.g. €49.00). */
export const formatMoney = (amount: number, currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() }).format(amount / 100);

export const formatPrice = (price: NonNullable<Schemas['Plan']['price']>) =>
  `${formatMoney(price.unitAmount, price.currency)} per ${price.interval}`;
