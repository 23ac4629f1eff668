import { Field, makeStyles, Select } from "@fluentui/react-components";

const useStyles = makeStyles({
  // As wide as the pane: a long option text is cut rather than widening the pane.
  select: { minWidth: 0 },
});

/**
 * A labelled native select over a fixed list of choices, each a value and the text shown, with
 * an optional hint below it.
 * @example
 * <ChoiceField label="Model" value="none" choices={[["bgnbd+gg", "BG/NBD"], ["none", "None"]]}
 *   hint="Default: BG/NBD" onChange={(model) => setModel(model)} testId="option-model" />
 */
export function ChoiceField<Value extends string>({
  label,
  value,
  choices,
  hint,
  onChange,
  testId,
}: {
  label: string;
  value: Value;
  choices: readonly (readonly [Value, string])[];
  hint?: string;
  onChange: (value: Value) => void;
  testId: string;
}) {
  const styles = useStyles();
  return (
    <Field label={label} hint={hint}>
      <Select
        className={styles.select}
        select={{ className: styles.select }}
        value={value}
        onChange={(_, choice) => onChange(choice.value as Value)}
        data-testid={testId}
      >
        {choices.map(([choice, text]) => (
          <option key={choice} value={choice}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
}
