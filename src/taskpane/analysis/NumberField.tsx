import { Field, Input } from "@fluentui/react-components";

/**
 * A labelled text input for a number, typed with a decimal comma or point alike: Chromium's
 * type="number" drops the "," a Danish, Norwegian, German or Dutch user types, even in their
 * locale, so "0,5" would silently become 5. The text stays as typed; `invalid`, when given,
 * shows under it and marks the input invalid for assistive technology.
 * @example
 * <NumberField label="Gross margin %" hint="Default: 100" value="40,5" whole={false}
 *   invalid={undefined} onChange={(text) => setOption("grossMarginPercent", text)} testId="option-grossMarginPercent" />
 */
export function NumberField({
  label,
  hint,
  value,
  whole,
  invalid,
  onChange,
  testId,
}: {
  label: string;
  hint: string;
  value: string;
  /** Only whole numbers: the on-screen keyboard offers digits without a separator. */
  whole: boolean;
  /** Why the text cannot be run with; undefined while it can. */
  invalid: string | undefined;
  onChange: (text: string) => void;
  testId: string;
}) {
  return (
    <Field
      label={label}
      hint={hint}
      validationState={invalid === undefined ? "none" : "error"}
      validationMessage={invalid}
    >
      <Input
        type="text"
        inputMode={whole ? "numeric" : "decimal"}
        value={value}
        onChange={(_, input) => onChange(input.value)}
        data-testid={testId}
      />
    </Field>
  );
}
