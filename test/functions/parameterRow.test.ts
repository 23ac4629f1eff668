import { InputError } from "../../src/engine/inputError";
import {
  labelsMatch,
  parameterRowLabels,
  readParameterRow,
} from "../../src/functions/parameterRow";

const SYMBOLS = ["r", "alpha", "a", "b"] as const;
const expected = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** The kind and message of the InputError readParameterRow throws for the argument. */
function refusal(argument: unknown): [string, string] {
  try {
    readParameterRow(argument, SYMBOLS, "params");
  } catch (error) {
    return [(error as InputError).kind, (error as InputError).message];
  }
  throw new Error("expected a refusal");
}

describe("readParameterRow", () => {
  it("reads the row with or without LL and with or without the label row", () => {
    const values = [0.243, 4.414, 0.793, 2.426];
    for (const argument of [
      [values],
      [[...values, -9582.4]],
      [["r", "alpha", "a", "b"], values],
      [
        ["R", "Alpha", "a", "b", "LL"],
        [...values, -9582.4],
      ],
      [[...values, -9582.4, null, ""], [null]],
      [["0,243", "4.414", 0.793, 2.426]],
    ]) {
      expect(readParameterRow(argument, SYMBOLS, "params")).toEqual(expected);
    }
  });

  it("passes an error cell through before looking at the shape: a FIT's #N/A stays #N/A", () => {
    const failedFit = {
      type: "Error",
      basicType: "Error",
      basicValue: "#N/A",
      errorType: "NotAvailable",
    };
    // The single cell a failed FIT spills, with or without a blank row or cells around it.
    expect(refusal([[failedFit]])).toEqual(["na", "params: the cell holds #N/A"]);
    expect(
      refusal([
        [failedFit, null, ""],
        [null, null, null],
      ])
    ).toEqual(["na", "params: the cell holds #N/A"]);
    expect(refusal([["r", "alpha", "a", "b"], [failedFit]])).toEqual([
      "na",
      "params: the cell holds #N/A",
    ]);
    // An error that carries its message (a CustomFunctions.Error) keeps it.
    expect(
      refusal([[{ code: "#N/A", message: "frequency: the model fit did not converge" }]])
    ).toEqual(["na", "params: the cell holds #N/A (frequency: the model fit did not converge)"]);
    // Other errors are #VALUE! with the code, as for any error cell (requirePlainCell).
    expect(
      refusal([[0.243, { type: "Error", basicValue: "#DIV/0!", errorType: "Div0" }, 0.793]])
    ).toEqual(["value", "params: the cell holds #DIV/0!"]);
    expect(() => parameterRowLabels([[failedFit]], "purchase_params")).toThrow(
      expect.objectContaining({ kind: "na", message: "purchase_params: the cell holds #N/A" })
    );
  });

  it("refuses other shapes, other models' labels and parameters that are not > 0, naming the argument", () => {
    expect(refusal([[1, 2, 3]])).toEqual([
      "value",
      "params: needs the 4 parameters r, alpha, a, b (optionally followed by LL); the row has 3 cells",
    ]);
    expect(
      refusal([
        ["r", "alpha", "s", "beta"],
        [1, 2, 3, 4],
      ])[1]
    ).toBe(
      "params: has the labels r, alpha, s, beta; this function needs the parameters r, alpha, a, b"
    );
    expect(refusal([[1, 2, -3, 4]])).toEqual(["value", "params: a must be a number > 0"]);
    expect(refusal([[1, 2, "x", 4]])[1]).toBe("params: a must be a number > 0");
    expect(
      refusal([
        [1, 2, 3, 4],
        [1, 2, 3, 4],
      ])[0]
    ).toBe("value");
    expect(refusal([["r", "alpha", "a", "b"]])[0]).toBe("value");
    expect(refusal(null)[0]).toBe("value");
  });
});

describe("parameterRowLabels and labelsMatch", () => {
  it("return the label row when there is one, and match labels to symbols in any case", () => {
    expect(
      parameterRowLabels(
        [
          ["r", "alpha", "s", "beta"],
          [1, 2, 3, 4],
        ],
        "purchase_params"
      )
    ).toEqual(["r", "alpha", "s", "beta"]);
    expect(parameterRowLabels([[1, 2, 3, 4]], "purchase_params")).toBeUndefined();
    expect(labelsMatch(["R", "ALPHA", "a", "b", "ll"], SYMBOLS)).toBe(true);
    expect(labelsMatch(["r", "alpha", "a"], SYMBOLS)).toBe(false);
    expect(labelsMatch(["r", "alpha", "a", "b", "LL", "x"], SYMBOLS)).toBe(false);
  });
});
