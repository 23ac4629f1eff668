import {
  breakdownColumns,
  ROLE_CHOICES,
  rolesForLayout,
} from "../../../src/taskpane/analysis/roleChoices";

describe("roleChoices", () => {
  it("offers a log's order id, and not in a customer table", () => {
    expect(ROLE_CHOICES.transactions).toContain("order");
    expect(ROLE_CHOICES.customers).not.toContain("order");
    expect(rolesForLayout(["customer", "order", "date", "T"], "transactions")).toEqual([
      "customer",
      "order",
      "date",
      "ignore",
    ]);
    expect(rolesForLayout(["customer", "order", "x"], "customers")).toEqual([
      "customer",
      "ignore",
      "x",
    ]);
  });

  it("breaks CLV down by the channel and attribute columns, not an order id", () => {
    expect(breakdownColumns(["customer", "channel", "order", "attribute"])).toEqual([1, 3]);
  });

  it("offers a subscription table's start, end, fee and plan, and splits it by the plan too", () => {
    expect(
      rolesForLayout(["customer", "start", "end", "fee", "plan", "amount"], "subscriptions")
    ).toEqual(["customer", "start", "end", "fee", "plan", "ignore"]);
    expect(rolesForLayout(["start", "end"], "transactions")).toEqual(["ignore", "ignore"]);
    expect(breakdownColumns(["customer", "plan", "attribute"])).toEqual([1, 2]);
  });
});
