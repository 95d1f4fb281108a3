import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../api/client.ts';
import { navigate } from '../router.ts';
import { useOrg, useSession } from '../session-context.ts';
import {
  ConfirmButton,
  Dialog,
  Empty,
  ErrorMessage,
  Field,
  Filter,
  FormActions,
  formatDate,
  Loading,
  Notice,
  Table,
  TextField,
} from '../ui/components.tsx';
import { pageQuery, useAction, useLoad } from '../ui/hooks.ts';
import { assignableOptions, mayManageMember, type RoleList, roleLabel, useRoles } from '../ui/roles.ts';

type Member = Schemas['RosterEntry'];
type Status = 'invited' | 'active' | 'blocked';
/** in the order of the filter */
const STATUS_LABEL: Record<Status, string> = { active: 'Active', invited: 'Invited', blocked: 'Blocked' };

interface Page {
  items: Member[];
  nextCursor: string | null;
}

export function Members() {
  const { org, role, permissions, reloadOrg } = useOrg();
  const session = useSession();
  const manage = permissions.has('members:manage');
  const invite = permissions.has('members:invite');
  // the custom roles for the pickers, and what each role holds (who may manage whom)
  const roles = useRoles(manage || invite);
  const actor = { role, permissions };
  const [status, setStatus] = useState<Status | ''>('');
  const [pages, setPages] = useState<Page[]>([]);
  const action = useAction();
  const [notice, setNotice] = useState<string>();
  const fetchPage = (cursor?: string) =>
    call(
      api().GET('/orgs/{orgId}/members', {
        params: {
          path: { orgId: org.id },
          query: pageQuery(cursor, status ? { status } : {}),
        },
      }),
    );
  const first = useLoad(async () => {
    const page = await fetchPage();
    setPages([page]);
    return page;
  }, [org.id, status]);
  const members = pages.flatMap((page) => page.items);
  const nextCursor = pages.at(-1)?.nextCursor;

  /** runs a change, says what happened, reloads the list (and the org: seats, roles) */
  const change = (message: string, request: () => Promise<unknown>) =>
    action.run(request).then((done) => {
      if (done) {
        setNotice(message);
        first.reload();
        reloadOrg();
      }
      return done;
    });

  return (
    <section>
      <div class="title-row">
        <h1>Members</h1>
        {invite && (
          <InviteButton
            roles={roles.data}
            actor={actor}
            onInvited={(email) => {
              setNotice(`Invitation sent to ${email}.`);
              first.reload();
            }}
          />
        )}
      </div>
      <p>
        {org.activeMemberCount} of {org.memberLimit} seats taken.
      </p>
      <Filter id="member-status" label="Status" value={status} options={STATUS_LABEL} onChange={setStatus} />
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={action.error} />
      {first.loading && pages.length === 0 && <Loading label="Loading members…" />}
      <ErrorMessage error={first.error} onRetry={first.reload} />
      {!first.loading && !first.error && members.length === 0 && <Empty>No members with this status.</Empty>}
      {members.length > 0 && (
        <Table caption="Members and invitations" columns={['Member', 'Role', 'Status', 'Since', 'Actions']}>
          {members.map((member) => (
            <MemberRow
              key={member.status === 'invited' ? member.invitationId : member.userId}
              member={member}
              roles={roles.data}
              actor={actor}
              myUserId={session.me.id}
              busy={action.busy}
              change={change}
              onLeft={() => {
                session.reload();
                navigate('/');
              }}
            />
          ))}
        </Table>
      )}
      {nextCursor && (
        <button
          type="button"
          class="secondary"
          onClick={() =>
            action.run(async () => {
              const page = await fetchPage(nextCursor);
              setPages([...pages, page]);
            })
          }
        >
          Load more
        </button>
      )}
    </section>
  );
}

function MemberRow(props: {
  member: Member;
  roles: RoleList | undefined;
  actor: { role: string; permissions: ReadonlySet<string> };
  myUserId: string;
  busy: boolean;
  change: (message: string, request: () => Promise<unknown>) => Promise<boolean>;
  onLeft: () => void;
}) {
  const { org } = useOrg();
  const { member, change } = props;
  // a roster entry is a member (userId) or an invitee (invitationId)
  const joined = member.status === 'invited' ? undefined : member;
  const invitee = member.status === 'invited' ? member : undefined;
  const name = joined?.name ?? null;
  const who = name ? `${name} (${member.email ?? ''})` : (member.email ?? joined?.userId ?? '');
  const label = name ?? member.email ?? joined?.userId ?? 'this member';
  const isMe = joined?.userId === props.myUserId;
  const manageable = mayManageMember(props.roles, props.actor, member.role) && !isMe;
  const options = assignableOptions(props.roles, props.actor, 'members:manage');
  // the current role stays selectable even where the caller could not give it
  if (!options.some((option) => option.key === member.role)) {
    options.unshift({ key: member.role, label: roleLabel(props.roles, member.role) });
  }
  const orgId = org.id;
  const userId = joined?.userId ?? '';
  const path = { orgId, userId };
  return (
    <tr>
      <th scope="row">
        {who}
        {isMe && <span class="tag">you</span>}
      </th>
      <td>
        {manageable && member.status !== 'invited' ? (
          <select
            aria-label={`Role of ${label}`}
            value={member.role}
            disabled={props.busy}
            onChange={(event) => {
              const role = (event.target as HTMLSelectElement).value;
              void change(`${label} is now ${roleLabel(props.roles, role)}.`, () =>
                call(api().PATCH('/orgs/{orgId}/members/{userId}', { params: { path }, body: { role } })),
              );
            }}
          >
            {options.map((option) => (
              <option key={option.key} value={option.key}>
                {option.label}
              </option>
            ))}
          </select>
        ) : (
          roleLabel(props.roles, member.role)
        )}
      </td>
      <td>
        <span class={`status ${member.status}`}>{STATUS_LABEL[member.status]}</span>
      </td>
      <td>
        {invitee
          ? `invited ${formatDate(invitee.invitedAt, org.timeZone)}, expires ${formatDate(invitee.expiresAt, org.timeZone)}`
          : formatDate(joined?.joinedAt, org.timeZone)}
      </td>
      <td>
        <div class="row-actions">
          {props.actor.permissions.has('members:invite') && invitee && (
            <InvitationActions
              invitationId={invitee.invitationId}
              label={label}
              change={change}
              busy={props.busy}
            />
          )}
          {manageable && member.status === 'active' && (
            <ConfirmButton
              label="Block"
              question={`Block ${label}? They lose access at once but stay listed.`}
              disabled={props.busy}
              onConfirm={() =>
                change(`${label} is blocked.`, () =>
                  call(api().POST('/orgs/{orgId}/members/{userId}/block', { params: { path } })),
                )
              }
            />
          )}
          {manageable && member.status === 'blocked' && (
            <button
              type="button"
              class="secondary"
              disabled={props.busy}
              onClick={() =>
                change(`${label} is unblocked.`, () =>
                  call(api().POST('/orgs/{orgId}/members/{userId}/unblock', { params: { path } })),
                )
              }
            >
              Unblock
            </button>
          )}
          {manageable && member.status !== 'invited' && (
            <ConfirmButton
              label="Remove"
              question={`Remove ${label} from ${org.name}? They can be invited again later.`}
              disabled={props.busy}
              onConfirm={() =>
                change(`${label} was removed.`, () =>
                  call(api().DELETE('/orgs/{orgId}/members/{userId}', { params: { path } })),
                )
              }
            />
          )}
          {isMe && member.role !== 'owner' && (
            <ConfirmButton
              label="Leave organization"
              question={`Leave ${org.name}? You lose access at once.`}
              confirmLabel="Leave"
              disabled={props.busy}
              onConfirm={async () => {
                if (
                  await change('You left.', () =>
                    call(api().DELETE('/orgs/{orgId}/members/{userId}', { params: { path } })),
                  )
                )
                  props.onLeft();
              }}
            />
          )}
        </div>
      </td>
    </tr>
  );
}

function InvitationActions(props: {
  invitationId: string;
  label: string;
  busy: boolean;
  change: (message: string, request: () => Promise<unknown>) => Promise<boolean>;
}) {
  const { org } = useOrg();
  const path = { orgId: org.id, invitationId: props.invitationId };
  return (
    <>
      <button
        type="button"
        class="secondary"
        disabled={props.busy}
        onClick={() =>
          props.change(`The invitation to ${props.label} was sent again.`, () =>
            call(api().POST('/orgs/{orgId}/invitations/{invitationId}/resend', { params: { path } })),
          )
        }
      >
        Resend invitation
      </button>
      <ConfirmButton
        label="Revoke invitation"
        question={`Revoke the invitation to ${props.label}? The link in their email stops working.`}
        confirmLabel="Revoke"
        disabled={props.busy}
        onConfirm={() =>
          props.change(`The invitation to ${props.label} was revoked.`, () =>
            call(api().DELETE('/orgs/{orgId}/invitations/{invitationId}', { params: { path } })),
          )
        }
      />
    </>
  );
}

function InviteButton(props: {
  roles: RoleList | undefined;
  actor: { role: string; permissions: ReadonlySet<string> };
  onInvited: (email: string) => void;
}) {
  const { onInvited } = props;
  const { org } = useOrg();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const options = assignableOptions(props.roles, props.actor, 'members:invite');
  const [chosen, setRole] = useState<string>();
  const role =
    chosen ?? (options.some((option) => option.key === 'member') ? 'member' : options[0]?.key) ?? '';
  const action = useAction();
  return (
    <>
      <button type="button" class="primary" onClick={() => setOpen(true)}>
        Invite member
      </button>
      <Dialog open={open} title="Invite a member" onClose={() => setOpen(false)}>
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            const done = await action.run(() =>
              call(
                api().POST('/orgs/{orgId}/invitations', {
                  params: { path: { orgId: org.id } },
                  body: { email, role },
                }),
              ),
            );
            if (done) {
              setOpen(false);
              onInvited(email);
              setEmail('');
            }
          }}
        >
          <TextField
            id="invite-email"
            label="Email"
            hint="They must have signed in once."
            type="email"
            value={email}
            required
            onInput={setEmail}
          />
          <Field id="invite-role" label="Role">
            <select
              id="invite-role"
              value={role}
              onChange={(event) => setRole((event.target as HTMLSelectElement).value)}
            >
              {options.map((option) => (
                <option key={option.key} value={option.key}>
                  {option.label}
                </option>
              ))}
            </select>
          </Field>
          <FormActions
            error={action.error}
            onCancel={() => setOpen(false)}
            submitLabel="Send invitation"
            disabled={action.busy}
          />
        </form>
      </Dialog>
    </>
  );
}
