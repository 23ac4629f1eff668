import type { ColumnRole } from "../../engine/read/columnRoles";
import type { Layout } from "../../engine/read/detectLayout";

/**
 * The roles offered for every column, by layout, in the order the dropdowns list them.
 * @example
 * ROLE_CHOICES.transactions // -> ["customer", "date", "amount", "order", "channel", "attribute", "ignore"]
 */
export const ROLE_CHOICES: Record<Layout, readonly ColumnRole[]> = {
  transactions: ["customer", "date", "amount", "order", "channel", "attribute", "ignore"],
  customers: [
    "customer",
    "x",
    "tx",
    "T",
    "recency",
    "frequency",
    "monetary",
    "channel",
    "attribute",
    "ignore",
  ],
};

/**
 * Each column's role as the layout reads it: a role the layout does not offer (a log's order id
 * in a customer table) is ignored.
 * @example
 * rolesForLayout(["customer", "order", "T"], "transactions") // -> ["customer", "order", "ignore"]
 */
export function rolesForLayout(roles: readonly ColumnRole[], layout: Layout): ColumnRole[] {
  return roles.map((role) => (ROLE_CHOICES[layout].includes(role) ? role : "ignore"));
}

/**
 * The headers of the columns CLV can be broken down by: those with the channel or attribute role.
 * @example
 * breakdownHeaders(["Kunde", "Kanal", "Region"], ["customer", "channel", "attribute"]) // -> ["Kanal", "Region"]
 */
export function breakdownHeaders(
  header: readonly string[],
  roles: readonly ColumnRole[]
): string[] {
  return header.filter((_, column) => roles[column] === "channel" || roles[column] === "attribute");
}
