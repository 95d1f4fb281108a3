import { batchGetAll } from '../platform/dynamo/batch-get.ts';
import { keys, prefixes } from '../platform/dynamo/keys.ts';
import { inOrg, queryAll } from '../platform/dynamo/query.ts';
import { notifyLogger as logger } from './logger.ts';
import { normalizeAddress } from './send-once.ts';
import type { RecipientRef } from './types.ts';

export interface Address {
  email: string;
  name: string | null;
  userId?: string;
}

type Item = Record<string, unknown>;

const str = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The addresses of users of an org: the profile's email when verified (it is kept
 * current from the token), else the email the membership was created with.
 */
export async function userAddresses(
  orgId: string,
  userIds: string[],
  activeMembersOnly: ReadonlySet<string> = new Set(),
): Promise<Map<string, Address>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const items = await batchGetAll(ids.flatMap((userId) => [keys.user(userId), keys.member(orgId, userId)]));
  const users = new Map<string, Item>();
  const members = new Map<string, Item>();
  for (const item of items) {
    if (item.type === 'user') users.set(item.id as string, item);
    else if (item.type === 'member') members.set(item.userId as string, item);
  }
  const addresses = new Map<string, Address>();
  for (const userId of ids) {
    const user = users.get(userId);
    const member = members.get(userId);
    if (activeMembersOnly.has(userId) && member?.status !== 'active') continue;
    const email = (user?.emailVerified === true ? str(user.email) : null) ?? str(member?.email) ?? null;
    if (!email) continue;
    addresses.set(userId, { email, name: str(user?.name) ?? str(member?.name), userId });
  }
  return addresses;
}

/** The owner and the active finance members, from one Query of the org's `MEMBER#USER#` prefix. */
async function ownerAndFinance(orgId: string, ownerId: string): Promise<Address[]> {
  const found = await queryAll({
    key: inOrg(orgId, prefixes.member),
    filter: {
      expression: 'userId = :owner OR (#role = :finance AND #status = :active)',
      names: { '#role': 'role', '#status': 'status' },
      values: { ':owner': ownerId, ':finance': 'finance', ':active': 'active' },
    },
  });
  const withoutEmail = found.filter((member) => !str(member.email)).map((member) => member.userId as string);
  // the owner's profile may be missing from the roster only if data is inconsistent: look it up anyway
  const lookups = await userAddresses(orgId, [
    ...withoutEmail,
    ...(found.some((member) => member.userId === ownerId) ? [] : [ownerId]),
  ]);
  const addresses: Address[] = found
    .filter((member) => str(member.email))
    .map((member) => ({
      email: member.email as string,
      name: str(member.name),
      userId: member.userId as string,
    }));
  addresses.push(...lookups.values());
  return addresses;
}

/** The org's active members with one of `roles`, from one Query of the roster (profiles looked up when needed). */
async function activeMembersWithRoles(orgId: string, roles: readonly string[]): Promise<Address[]> {
  const values = Object.fromEntries(roles.map((role, i) => [`:role${i}`, role]));
  const found = await queryAll({
    key: inOrg(orgId, prefixes.member),
    filter: {
      expression: `#status = :active AND #role IN (${Object.keys(values).join(', ')})`,
      names: { '#role': 'role', '#status': 'status' },
      values: { ':active': 'active', ...values },
    },
  });
  const profiles = await userAddresses(
    orgId,
    found.map((member) => member.userId as string),
  );
  return [...profiles.values()];
}

/** Every recipient as an address, each address once (case-insensitively). Unknown users are skipped. */
export async function resolveRecipients(orgId: string, refs: RecipientRef[]): Promise<Address[]> {
  const addresses: Address[] = [];
  const userIds = refs.flatMap((ref) => (ref.kind === 'user' ? [ref.userId] : []));
  const activeOnly = new Set(
    refs.flatMap((ref) => (ref.kind === 'user' && ref.activeMemberOnly ? [ref.userId] : [])),
  );
  const users = await userAddresses(orgId, userIds, activeOnly);
  for (const ref of refs) {
    if (ref.kind === 'address') {
      addresses.push({ email: ref.email, name: ref.name, ...(ref.userId ? { userId: ref.userId } : {}) });
    } else if (ref.kind === 'user') {
      const address = users.get(ref.userId);
      if (address) addresses.push(address);
      else logger.warn('notification recipient has no email address', { orgId, userId: ref.userId });
    } else if (ref.kind === 'roles') {
      addresses.push(...(await activeMembersWithRoles(orgId, ref.roles)));
    } else {
      addresses.push(...(await ownerAndFinance(orgId, ref.ownerId)));
    }
  }
  const seen = new Set<string>();
  return addresses.filter((address) => {
    const key = normalizeAddress(address.email);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
