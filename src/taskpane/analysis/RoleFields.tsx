import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { ColumnRole } from "../../engine/read/columnRoles";
import type { Layout } from "../../engine/read/detectLayout";
import type { PaneStrings } from "../i18n/paneStrings";
import { ROLE_CHOICES } from "./roleChoices";

/**
 * One dropdown per column of the selection, offering the layout's roles (an order id among a
 * log's), each named by its column's label (columnLabels: a blank or repeated header by its
 * letters); a role the layout does not offer shows as Ignore.
 * @example
 * <RoleFields labels={["Kunde", "Ordrenummer"]} roles={["customer", "order"]} layout="transactions"
 *   strings={stringsByLanguage.da} onChange={(column, role) => setRole(column, role)} />
 * // two dropdowns showing "Kunde" and "Ordrenummer", test ids role-0 and role-1
 */
export function RoleFields({
  labels,
  roles,
  layout,
  strings,
  onChange,
}: {
  labels: readonly string[];
  roles: readonly ColumnRole[];
  layout: Layout;
  strings: PaneStrings;
  onChange: (column: number, role: ColumnRole) => void;
}) {
  const offered = ROLE_CHOICES[layout];
  return labels.map((name, column) => {
    const role = offered.includes(roles[column]) ? roles[column] : "ignore";
    return (
      <Field key={column} label={strings.columnRole(name)}>
        <Dropdown
          value={strings.roles[role]}
          selectedOptions={[role]}
          onOptionSelect={(_, choice) =>
            onChange(column, (choice.optionValue as ColumnRole | undefined) ?? role)
          }
          data-testid={`role-${column}`}
        >
          {offered.map((choice) => (
            <Option key={choice} value={choice}>
              {strings.roles[choice]}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  });
}
