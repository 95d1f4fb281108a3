import { useState } from 'preact/hooks';
import { api, call } from '../api/client.ts';
import { useOrg } from '../session-context.ts';
import { Dialog, Field, FormActions, TextField } from '../ui/components.tsx';
import { useAction } from '../ui/hooks.ts';
import type { RoleInfo, RoleList } from '../ui/roles.ts';

type Entry = RoleList['permissions'][number];

const AREA_LABEL: Record<Entry['area'], string> = {
  organization: 'Organization',
  members: 'Members',
  billing: 'Billing',
  developer: 'Developer features',
  audit: 'Audit log',
  access: 'Access',
  application: 'Application permissions',
};

/**
 * The permission checklist, grouped by area in the catalog's order. A permission the caller
 * does not hold is shown but cannot be ticked (the API refuses escalation).
 */
function Checklist(props: {
  catalog: Entry[];
  held: ReadonlySet<string>;
  chosen: ReadonlySet<string>;
  onToggle: (permission: string, on: boolean) => void;
}) {
  const areas = [...new Set(props.catalog.map((entry) => entry.area))];
  return (
    <>
      {areas.map((area) => (
        <fieldset key={area} class="checklist">
          <legend>{AREA_LABEL[area]}</legend>
          {area === 'application' && (
            <p class="hint">Your product enforces these; this service carries them in tokens and keys.</p>
          )}
          {props.catalog
            .filter((entry) => entry.area === area)
            .map((entry) => {
              const held = props.held.has(entry.permission);
              return (
                <label key={entry.permission} class="check">
                  <input
                    type="checkbox"
                    checked={props.chosen.has(entry.permission)}
                    disabled={!held}
                    onChange={(event) =>
                      props.onToggle(entry.permission, (event.target as HTMLInputElement).checked)
                    }
                  />
                  <span>
                    <code>{entry.permission}</code> — {entry.allows}
                    {!held && ' (you do not hold it, so you cannot grant it)'}
                  </span>
                </label>
              );
            })}
        </fieldset>
      ))}
    </>
  );
}

/** Creating (no `role`) or editing a custom role, in a dialog. */
export function RoleForm(props: {
  catalog: Entry[];
  role?: RoleInfo;
  open: boolean;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { org, permissions: held } = useOrg();
  const editing = props.role;
  const [key, setKey] = useState('');
  const [name, setName] = useState(editing?.name ?? '');
  const [description, setDescription] = useState(editing?.description ?? '');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(editing?.permissions ?? ['org:read']));
  const action = useAction();
  const toggle = (permission: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(permission);
    else next.delete(permission);
    setChosen(next);
  };
  // the catalog's order, whatever order the boxes were ticked in
  const permissions = props.catalog.map((entry) => entry.permission).filter((entry) => chosen.has(entry));
  const save = () =>
    editing
      ? call(
          api().PATCH('/orgs/{orgId}/roles/{key}', {
            params: { path: { orgId: org.id, key: editing.key } },
            body: { name, description: description || null, permissions },
          }),
        )
      : call(
          api().POST('/orgs/{orgId}/roles', {
            params: { path: { orgId: org.id } },
            body: { key, name, ...(description ? { description } : {}), permissions },
          }),
        );
  const prefix = editing ? `role-${editing.key}` : 'new-role';
  return (
    <Dialog
      open={props.open}
      title={editing ? `Edit the role ${editing.name}` : 'Create a role'}
      onClose={props.onClose}
    >
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (await action.run(save)) props.onSaved(name);
        }}
      >
        {!editing && (
          <TextField
            id={`${prefix}-key`}
            label="Key"
            hint="What members and invitations hold: a lower-case letter, then 1 to 31 of a-z, 0-9, _ and -. It cannot change."
            value={key}
            required
            maxLength={32}
            onInput={setKey}
          />
        )}
        <TextField
          id={`${prefix}-name`}
          label="Name"
          value={name}
          required
          maxLength={100}
          onInput={setName}
        />
        <Field id={`${prefix}-description`} label="Description">
          <textarea
            id={`${prefix}-description`}
            maxLength={500}
            value={description}
            onInput={(event) => setDescription((event.target as HTMLTextAreaElement).value)}
          />
        </Field>
        <Checklist catalog={props.catalog} held={held} chosen={chosen} onToggle={toggle} />
        <FormActions
          error={action.error}
          onCancel={props.onClose}
          submitLabel={editing ? 'Save role' : 'Create role'}
          disabled={action.busy}
        />
      </form>
    </Dialog>
  );
}
