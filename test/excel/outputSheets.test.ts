import { OutputSheetRecord, sheetsAsLeft } from "../../src/excel/outputSheets";

const summary: OutputSheetRecord = {
  id: "{1}",
  name: "CX Summary",
  usedAddress: "'CX Summary'!A1:C12",
};
const customers: OutputSheetRecord = {
  id: "{2}",
  name: "CX Customers",
  usedAddress: "'CX Customers'!A1:E2358",
};

describe("sheetsAsLeft", () => {
  test("keeps the sheets whose name and used range are unchanged", () => {
    const current = new Map([
      [summary.id, { name: summary.name, usedAddress: summary.usedAddress }],
      [customers.id, { name: customers.name, usedAddress: customers.usedAddress }],
    ]);
    expect(sheetsAsLeft([summary, customers], current)).toEqual([summary, customers]);
  });
  test("forgets a sheet that no longer exists", () => {
    const current = new Map([
      [customers.id, { name: customers.name, usedAddress: customers.usedAddress }],
    ]);
    expect(sheetsAsLeft([summary, customers], current)).toEqual([customers]);
  });
  test("leaves a sheet the user renamed or typed next to", () => {
    const current = new Map([
      [summary.id, { name: "My summary", usedAddress: "'My summary'!A1:C12" }],
      [customers.id, { name: customers.name, usedAddress: "'CX Customers'!A1:F2358" }],
    ]);
    expect(sheetsAsLeft([summary, customers], current)).toEqual([]);
  });
});
