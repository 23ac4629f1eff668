import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { bgnbdFit, bgnbdPAlive } from "../../src/functions/bgnbd";
import { clv } from "../../src/functions/clv";
import { rfmScore } from "../../src/functions/rfmScore";
import { rfmSegment } from "../../src/functions/rfmSegment";
import { summary } from "../../src/functions/summary";
import { cdnowHistories } from "../engine/models/cdnowHistories";
import { sheetColumn } from "./sheetColumns";

// With allowErrorForDataTypeAny an error cell reaches the function as an error value, in the
// data types' form Excel.ErrorCellValue (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors#errors-as-custom-function-inputs).
const NOT_AVAILABLE = {
  type: "Error",
  basicType: "Error",
  basicValue: "#N/A",
  errorType: "NotAvailable",
};
const DIVIDED_BY_ZERO = {
  type: "Error",
  basicType: "Error",
  basicValue: "#DIV/0!",
  errorType: "Div0",
};
// A Stocks cell as Excel.LinkedEntityCellValue (custom-functions-data-types-concepts).
const STOCKS = {
  type: "LinkedEntity",
  basicType: "Error",
  basicValue: "#VALUE!",
  text: "Microsoft Corp (XNAS:MSFT)",
  id: { entityId: "MSFT", domainId: "Stocks", serviceId: 268435456, culture: "en-US" },
  properties: { Price: { type: "Double", basicValue: 415.5 } },
};
const LINKED_DATA_TYPE =
  '"Microsoft Corp (XNAS:MSFT)" is a linked data type (Stocks, Geography…); use a number, e.g. one of its fields such as =A2.Price';
const column = (...values: unknown[]) => values.map((value) => [value]);

describe("error cells and data types in element-wise formulas (CX.CLV, the KPIs)", () => {
  it("gives the row with an error cell that error's message and computes the others", () => {
    const result = clv(column(500, NOT_AVAILABLE, 200, DIVIDED_BY_ZERO), [[3]], [[5]]);
    expect(result).toEqual([
      [7500],
      [new CustomFunctionsError("#N/A", "average_order_value: the cell holds #N/A")],
      [3000],
      [new CustomFunctionsError("#VALUE!", "average_order_value: the cell holds #DIV/0!")],
    ]);
  });

  it("reads a formatted number's value and refuses a Stocks cell with a clear message", () => {
    const price = { type: "FormattedNumber", basicValue: 500, numberFormat: "#,##0.00 kr" };
    expect(clv([[price], [STOCKS]], [[3]], [[5]])).toEqual([
      [7500],
      [new CustomFunctionsError("#VALUE!", `average_order_value: ${LINKED_DATA_TYPE}`)],
    ]);
  });
});

describe("error cells in per-customer functions (CX.BGNBD.PALIVE and the model functions)", () => {
  const params = [[0.243, 4.414, 0.793, 2.426]];

  it("gives the customer with an error cell that error, naming the argument", () => {
    const result = bgnbdPAlive(
      params,
      column(2, 2),
      column(30.43, DIVIDED_BY_ZERO),
      column(38.86, 38.86)
    );
    expect(result[0][0]).toBeCloseTo(0.7266, 4);
    expect(result[1][0]).toEqual(
      new CustomFunctionsError("#VALUE!", "recency: the cell holds #DIV/0!")
    );
  });

  it("refuses an error in the parameter row for the whole call", () => {
    const error = thrownBy(() =>
      bgnbdPAlive([[0.243, NOT_AVAILABLE, 0.793, 2.426]], [[2]], [[30.43]], [[38.86]])
    );
    expect(error).toEqual(new CustomFunctionsError("#N/A", "params: the cell holds #N/A"));
  });
});

describe("error cells in the columns a FIT reads", () => {
  it("names the argument and row of the first error cell instead of fitting", () => {
    const { x, tx, T } = cdnowHistories();
    const recency = sheetColumn(tx);
    recency[41] = [NOT_AVAILABLE];
    const error = thrownBy(() => bgnbdFit(sheetColumn(x), recency, sheetColumn(T)));
    expect(error).toEqual(new CustomFunctionsError("#N/A", "recency: row 42: the cell holds #N/A"));
  });
});

describe("error cells in CX.RFMSCORE and CX.RFMSEGMENT", () => {
  it("gives the customer with an error cell its own error and leaves it out of the breaks", () => {
    const scores = rfmScore(column(1, 2, 3), column(3, 2, 1), column(30, DIVIDED_BY_ZERO, 10), [
      [2],
    ]);
    expect(scores).toEqual([
      [222],
      [new CustomFunctionsError("#VALUE!", "monetary: row 2: the cell holds #DIV/0!")],
      [111],
    ]);
  });

  it("names the segment's error cell", () => {
    expect(rfmSegment(column(555, NOT_AVAILABLE))).toEqual([
      ["Champions"],
      [new CustomFunctionsError("#N/A", "rfm_score: the cell holds #N/A")],
    ]);
  });
});

describe("error cells and data types in CX.SUMMARY's log", () => {
  const ids = column("K1", "K2", "K1");
  const dates = column(45292, 45293, 45300);

  it("refuses a log with an error cell, naming the column and row, rather than dropping the row", () => {
    const error = thrownBy(() => summary(ids, dates, column(10, NOT_AVAILABLE, 5)));
    expect(error).toEqual(new CustomFunctionsError("#N/A", "amounts: row 2: the cell holds #N/A"));
    expect(thrownBy(() => summary(column("K1", STOCKS, "K1"), dates, column(1, 2, 3)))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        `customer_ids: row 2: ${LINKED_DATA_TYPE.replace("a number", "text or a number")}`
      )
    );
  });

  it("reads data types with a basic value as that value", () => {
    const asDataTypes = summary(
      column({ type: "String", basicValue: "K1" }, "K2", "K1"),
      column(
        45292,
        { type: "FormattedNumber", basicValue: 45293, numberFormat: "d.m.yyyy" },
        45300
      ),
      column(10, { type: "Double", basicValue: 4 }, 5)
    );
    expect(asDataTypes).toEqual(summary(ids, dates, column(10, 4, 5)));
  });

  it("refuses an error value as observation_end", () => {
    expect(thrownBy(() => summary(ids, dates, column(1, 2, 3), [[NOT_AVAILABLE]]))).toEqual(
      new CustomFunctionsError("#N/A", "observation_end: the cell holds #N/A")
    );
  });
});
