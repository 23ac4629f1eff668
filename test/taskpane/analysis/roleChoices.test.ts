import {
  breakdownHeaders,
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

  it("breaks CLV down by the channel and attribute columns only", () => {
    expect(
      breakdownHeaders(
        ["Kunde", "Kanal", "Ordrenummer", "Region"],
        ["customer", "channel", "order", "attribute"]
      )
    ).toEqual(["Kanal", "Region"]);
  });
});
