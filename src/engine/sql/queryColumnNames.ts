import { InputError } from "../inputError";
import type { ColumnRole } from "../read/columnRoles";
import type { CustomerTableQueryOptions } from "./customerTableQuery";

/** The column names a customer-table query reads. */
export type QueryColumnNames = Pick<
  CustomerTableQueryOptions,
  "customerColumn" | "dateColumn" | "amountColumn" | "orderColumn" | "channelColumn"
>;

/**
 * The column names for customerTableQuery from a log's header and each column's role, as
 * detectLayout proposes them for a sample of the log (or the user corrects them): customer,
 * date, amount and order id by their roles; the channel column, else the first attribute.
 *
 * @throws InputError "customer", "date" or "amount" (kind "na") when no column has that role.
 *
 * @example
 * queryColumnNames(["Kunde", "Dato", "Beløb", "Region"], ["customer", "date", "amount", "attribute"]);
 * // { customerColumn: "Kunde", dateColumn: "Dato", amountColumn: "Beløb",
 * //   orderColumn: undefined, channelColumn: "Region" }
 */
export function queryColumnNames(
  header: readonly unknown[],
  roles: readonly ColumnRole[]
): QueryColumnNames {
  const name = (role: ColumnRole) => {
    const column = roles.indexOf(role);
    return column < 0 ? undefined : String(header[column]).trim();
  };
  const required = (role: "customer" | "date" | "amount") => {
    const found = name(role);
    if (found === undefined) throw new InputError(role, `no ${role} column found`, "na");
    return found;
  };
  return {
    customerColumn: required("customer"),
    dateColumn: required("date"),
    amountColumn: required("amount"),
    orderColumn: name("order"),
    channelColumn: name("channel") ?? name("attribute"),
  };
}
