import { Workbook } from "../double/workbook";
import { day } from "../fixtures/smallLog";
import { setUpBuiltAddin } from "../harness/builtAddin";
import {
  kpiValues,
  openOptions,
  roleLabels,
  rowsBelowHeader,
  runAnalysis,
  useSelection,
} from "./paneActions";

jest.setTimeout(120_000);

const open = setUpBuiltAddin();

/**
 * A log with order ids: A's order O-1 has two line items and O-2 and O-3 fall on one day; B's
 * O-5 is a return; C's O-6 is a free order (amount 0).
 */
const log: [string, string, number, number][] = [
  ["A", "O-1", day.jan01, 100],
  ["A", "O-1", day.jan01, 50],
  ["A", "O-2", day.mar01, 30],
  ["A", "O-3", day.mar01, 20],
  ["B", "O-4", day.feb01, 200],
  ["B", "O-5", day.jul01, -40],
  ["C", "O-6", day.jan15, 0],
  ["C", "O-7", day.may05, 80],
];

/** Per customer, worked out here: its orders (order ids netting 0 or more) and its revenue (every amount). */
function handComputed(): Map<string, { orders: number; revenue: number }> {
  const orderNets = new Map<string, number>();
  for (const [customer, order, , amount] of log) {
    const key = `${customer}|${order}`;
    orderNets.set(key, (orderNets.get(key) ?? 0) + amount);
  }
  const customers = new Map<string, { orders: number; revenue: number }>();
  for (const [customer, , , amount] of log) {
    const entry = customers.get(customer) ?? { orders: 0, revenue: 0 };
    entry.revenue += amount;
    customers.set(customer, entry);
  }
  for (const [key, net] of orderNets) {
    if (net >= 0) customers.get(key.split("|")[0])!.orders++;
  }
  return customers;
}

test("counts an order's line items once, each order on a shared day, and returns as no order", async () => {
  const expected = handComputed();
  expect([...expected]).toEqual([
    ["A", { orders: 3, revenue: 200 }],
    ["B", { orders: 1, revenue: 160 }],
    ["C", { orders: 2, revenue: 80 }],
  ]);
  const workbook = new Workbook(["Salg"]);
  workbook.sheet("Salg").setValues("A1", [["Kundenummer", "Ordrenummer", "Dato", "Beløb"], ...log]);
  workbook.select("Salg", "A1:D9");
  const session = await open(workbook, "da-DK");

  await useSelection(session);
  // The order id column is recognised by its header and offered as its own role.
  expect(await roleLabels(session, 4)).toEqual(["Kunde", "Ordrenummer", "Dato", "Beløb"]);
  await openOptions(session);
  await session.page.getByTestId("option-model").selectOption("none");

  const outcome = await runAnalysis(session);
  expect(outcome).toContain("3 kunder analyseret");
  expect(outcome).toContain("1 returnering (ordre med en nettosum under 0) tælles ikke som ordre.");
  expect(outcome).toContain("1 række med beløbet 0 tælles som ordre.");

  const customers = rowsBelowHeader(workbook, "CX Kunder", "C");
  expect(new Map(customers.map(([id, orders, revenue]) => [id, { orders, revenue }]))).toEqual(
    expected
  );
  const sums = [...expected.values()].reduce(
    (sum, customer) => ({
      orders: sum.orders + customer.orders,
      revenue: sum.revenue + customer.revenue,
    }),
    { orders: 0, revenue: 0 }
  );
  const summary = kpiValues(workbook, "CX Oversigt");
  expect([summary.get("Ordrer"), summary.get("Omsætning")]).toEqual([sums.orders, sums.revenue]);
  expect(sums).toEqual({ orders: 6, revenue: 440 });
  expect(session.consoleErrors).toEqual([]);
});
