import { payloadBudgetBytes, rowsPerBlock } from "../../src/excel/payloadBudget";

describe("rowsPerBlock", () => {
  test("probes with 1000 rows before anything is measured", () => {
    expect(rowsPerBlock(3, 0)).toBe(1000);
  });
  test("fills the byte budget once the row size is known", () => {
    expect(rowsPerBlock(3, 40)).toBe(Math.floor(payloadBudgetBytes / 40));
  });
  test("never asks for more than a million cells at once", () => {
    expect(rowsPerBlock(100, 1)).toBe(10_000);
  });
  test("takes at least one row even when a row is larger than the budget", () => {
    expect(rowsPerBlock(3, payloadBudgetBytes * 4)).toBe(1);
  });
});
