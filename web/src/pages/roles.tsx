import { useState } from 'preact/hooks';
import { api, call } from '../api/client.ts';
import { useOrg } from '../session-context.ts';
import { ConfirmButton, ErrorMessage, Forbidden, Loading, Notice, Table } from '../ui/components.tsx';
import { useAction, useLoad } from '../ui/hooks.ts';
import { type RoleInfo, type RoleList, useRoles } from '../ui/roles.ts';
import { RoleForm } from './role-form.tsx';

const PermissionList = ({ role, list }: { role: RoleInfo; list: RoleList }) => {
  const application = new Set(list.permissions.filter((entry) => entry.application).map((e) => e.permission));
  return (
    <ul class="plain">
      {role.permissions.map((permission) => (
        <li key={permission}>
          <code>{permission}</code>
          {application.has(permission) && <span class="tag">application</span>}
        </li>
      ))}
    </ul>
  );
};

/**
 * Access → Roles: the built-in roles (fixed), the organization's custom roles with their
 * permission checklist, and the application permissions the deployment declares.
 */
export function Roles() {
  const { org, permissions } = useOrg();
  const allowed = permissions.has('access:manage');
  const roles = useRoles(allowed);
  const plans = useLoad(() => (allowed ? call(api().GET('/plans')) : Promise.resolve([])), [allowed]);
  const [notice, setNotice] = useState<string>();
  const [editing, setEditing] = useState<RoleInfo | 'new'>();
  const action = useAction();
  if (!allowed) {
    return (
      <Forbidden title="Roles">Only people who manage access (the owner and admins) see this page.</Forbidden>
    );
  }
  const list = roles.data;
  if (!list)
    return roles.loading ? (
      <Loading label="Loading roles…" />
    ) : (
      <ErrorMessage error={roles.error} onRetry={roles.reload} />
    );
  const plan = plans.data?.find((entry) => entry.id === org.planId);
  // deleting stays possible on any plan (to clean up after a plan change); creating and editing do not
  const customRolesInPlan = plan?.features.includes('custom_roles') ?? false;
  const plansWith = (plans.data ?? []).filter((entry) => entry.features.includes('custom_roles'));
  const builtIn = list.items.filter((role) => role.builtIn);
  const custom = list.items.filter((role) => !role.builtIn);
  const apps = list.permissions.filter((entry) => entry.application);
  const saved = (message: string) => {
    setEditing(undefined);
    setNotice(message);
    void roles.reload();
  };
  return (
    <section>
      <div class="title-row">
        <h1>Roles</h1>
        {customRolesInPlan && (
          <button type="button" class="primary" onClick={() => setEditing('new')}>
            Create role
          </button>
        )}
      </div>
      <p>
        Every action is checked by a named permission; a role is a set of them. The built-in roles are fixed;
        custom roles hold the permissions you choose, never more than you hold.
      </p>
      {plan && !customRolesInPlan && (
        <p class="hint">
          The {plan.name} plan does not include custom roles
          {plansWith.length > 0 && ` (${plansWith.map((entry) => entry.name).join(' and ')} do)`}. Whoever
          manages billing can change the plan under Billing &amp; plan.
        </p>
      )}
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={action.error} />
      <h2>Custom roles</h2>
      {custom.length === 0 ? (
        <p class="empty">No custom roles yet.</p>
      ) : (
        <Table caption="Custom roles" columns={['Role', 'Permissions', 'Held by', 'Actions']}>
          {custom.map((role) => (
            <tr key={role.key}>
              <th scope="row">
                {role.name} <span class="tag">{role.key}</span>
                {role.description && <p class="hint">{role.description}</p>}
              </th>
              <td>
                <PermissionList role={role} list={list} />
              </td>
              <td>{role.holders ?? 0} members and invitations</td>
              <td>
                <div class="row-actions">
                  {customRolesInPlan && (
                    <button type="button" class="secondary" onClick={() => setEditing(role)}>
                      Edit {role.name}
                    </button>
                  )}
                  <ConfirmButton
                    label={`Delete ${role.name}`}
                    question={`Delete the role ${role.name}? Only a role nobody holds can be deleted.`}
                    confirmLabel="Delete"
                    disabled={action.busy}
                    onConfirm={() =>
                      action
                        .run(() =>
                          call(
                            api().DELETE('/orgs/{orgId}/roles/{key}', {
                              params: { path: { orgId: org.id, key: role.key } },
                            }),
                          ),
                        )
                        .then((done) => done && saved(`The role ${role.name} was deleted.`))
                    }
                  />
                </div>
              </td>
            </tr>
          ))}
        </Table>
      )}
      <h2>Built-in roles</h2>
      <Table caption="Built-in roles (fixed)" columns={['Role', 'Permissions']}>
        {builtIn.map((role) => (
          <tr key={role.key}>
            <th scope="row">
              {role.name}
              {role.description && <p class="hint">{role.description}</p>}
            </th>
            <td>
              <PermissionList role={role} list={list} />
            </td>
          </tr>
        ))}
      </Table>
      <h2>Application permissions</h2>
      {apps.length === 0 ? (
        <p class="empty">This deployment declares no application permissions.</p>
      ) : (
        <>
          <p>
            The product built on this service declares these; it enforces them, this service only carries them
            (in tokens, API key scopes and custom roles).
          </p>
          <Table caption="Application permissions" columns={['Permission', 'Built-in roles holding it']}>
            {apps.map((entry) => (
              <tr key={entry.permission}>
                <th scope="row">
                  <code>{entry.permission}</code>
                </th>
                <td>{entry.roles.join(', ')}</td>
              </tr>
            ))}
          </Table>
        </>
      )}
      {editing && (
        <RoleForm
          key={editing === 'new' ? 'new' : editing.key}
          open
          catalog={list.permissions}
          role={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={(name) =>
            saved(editing === 'new' ? `The role ${name} was created.` : `The role ${name} was saved.`)
          }
        />
      )}
    </section>
  );
}
