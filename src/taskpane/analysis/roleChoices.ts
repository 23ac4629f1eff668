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
    "orders",
    "revenue",
    "firstPurchase",
    "lastPurchase",
    "channel",
    "attribute",
    "ignore",
  ],
  subscriptions: ["customer", "start", "end", "fee", "plan", "attribute", "ignore"],
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

/** The roles of the columns results can be broken down by (a subscription's plan among them). */
const BREAKDOWN_ROLES: readonly ColumnRole[] = ["channel", "attribute", "plan"];

/**
 * The columns results can be broken down by (CLV, cohorts, a subscription table's cohorts and
 * fits), by index: those with the channel, attribute or plan role.
 * @example
 * breakdownColumns(["customer", "channel", "order", "attribute"]) // -> [1, 3]
 */
export function breakdownColumns(roles: readonly ColumnRole[]): number[] {
  return roles.flatMap((role, column) => (BREAKDOWN_ROLES.includes(role) ? [column] : []));
}
