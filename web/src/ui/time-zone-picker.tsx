let zones: string[] | undefined;
const timeZones = () => {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
};

export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** An IANA time zone: type to filter (a datalist of every zone the browser knows). */
export function TimeZonePicker(props: { id: string; value: string; onInput: (value: string) => void }) {
  return (
    <>
      <input
        id={props.id}
        list={`${props.id}-zones`}
        value={props.value}
        required
        autocomplete="off"
        spellcheck={false}
        aria-describedby={`${props.id}-hint`}
        onInput={(event) => props.onInput((event.target as HTMLInputElement).value)}
      />
      <datalist id={`${props.id}-zones`}>
        {timeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
