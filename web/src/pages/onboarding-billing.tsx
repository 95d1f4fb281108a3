import { useState } from 'preact/hooks';
import { isCountryCode } from '../../../shared/orgs/domain/countries.ts';
import { api, call, type Schemas } from '../api/client.ts';
import { useOrg } from '../session-context.ts';
import { ErrorMessage, Field, Loading, TextField } from '../ui/components.tsx';
import { useAction, useLoad } from '../ui/hooks.ts';

let countries: [string, string][] | undefined;
function countryOptions(): [string, string][] {
  if (!countries) {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const codes = [...letters].flatMap((first) => [...letters].map((second) => first + second));
    countries = codes
      .filter(isCountryCode)
      .map((code): [string, string] => [code, names.of(code) ?? code])
      .sort((a, b) => a[1].localeCompare(b[1]));
  }
  return countries;
}

type Address = NonNullable<Schemas['Address']>;
type Country = Schemas['CountryCode'];
/** the form's address: the country is empty until chosen */
type AddressForm = Omit<Address, 'country'> & { country: Country | '' };

export function BillingStep({ onDone }: { onDone: () => Promise<void> }) {
  const { org } = useOrg();
  const billing = useLoad(
    () => call(api().GET('/orgs/{orgId}/billing', { params: { path: { orgId: org.id } } })),
    [org.id],
  );
  if (!billing.data)
    return billing.error ? <ErrorMessage error={billing.error} onRetry={billing.reload} /> : <Loading />;
  return <BillingForm initial={billing.data} onDone={onDone} />;
}

function BillingForm({ initial, onDone }: { initial: Schemas['Billing']; onDone: () => Promise<void> }) {
  const { org } = useOrg();
  const [customerName, setCustomerName] = useState(initial.customerName ?? org.name);
  const [billingEmail, setBillingEmail] = useState(initial.billingEmail ?? '');
  const [address, setAddress] = useState<AddressForm>(
    initial.address ?? { line1: '', city: '', postalCode: '', country: '' },
  );
  const action = useAction();
  const text = (
    key: Exclude<keyof Address, 'country'>,
    label: string,
    required: boolean,
    autocomplete: string,
  ) => (
    <TextField
      id={`billing-${key}`}
      label={required ? label : `${label} (optional)`}
      value={address[key] ?? ''}
      required={required}
      autocomplete={autocomplete}
      onInput={(value) => setAddress({ ...address, [key]: value })}
    />
  );
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        const { line2, state, country, ...rest } = address;
        if (!country) return;
        const body = {
          customerName,
          billingEmail,
          address: { ...rest, country, ...(line2 ? { line2 } : {}), ...(state ? { state } : {}) },
        };
        const saved = await action.run(() =>
          call(api().PUT('/orgs/{orgId}/billing', { params: { path: { orgId: org.id } }, body })),
        );
        if (saved) await onDone();
      }}
    >
      <h2>Billing information</h2>
      <TextField
        id="billing-name"
        label="Name on invoices"
        value={customerName}
        required
        autocomplete="organization"
        onInput={setCustomerName}
      />
      <TextField
        id="billing-email"
        label="Billing email"
        type="email"
        value={billingEmail}
        required
        autocomplete="email"
        onInput={setBillingEmail}
      />
      {text('line1', 'Address', true, 'address-line1')}
      {text('line2', 'Address line 2', false, 'address-line2')}
      <div class="row">
        {text('postalCode', 'Postal code', true, 'postal-code')}
        {text('city', 'City', true, 'address-level2')}
      </div>
      {text('state', 'State or region', false, 'address-level1')}
      <Field id="billing-country" label="Country">
        <select
          id="billing-country"
          value={address.country}
          required
          autocomplete="country"
          onChange={(event) =>
            setAddress({ ...address, country: (event.target as HTMLSelectElement).value as Country })
          }
        >
          <option value="">Choose…</option>
          {countryOptions().map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </Field>
      <ErrorMessage error={action.error} />
      <button type="submit" class="primary" disabled={action.busy}>
        Save and continue
      </button>
    </form>
  );
}
