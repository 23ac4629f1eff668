import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { InputError } from "../../src/engine/inputError";
import type { ModelFit } from "../../src/engine/models/modelFit";
import { fitRow } from "../../src/functions/fitRow";

const fit: ModelFit<Record<"alpha" | "beta", number>> = {
  params: { alpha: 0.704, beta: 1.182 },
  logLikelihood: -1611.2,
  standardErrors: { alpha: 0.1, beta: 0.2 },
  converged: true,
  iterations: 9,
  message: "converged",
};
const SYMBOLS = ["alpha", "beta"] as const;

describe("fitRow", () => {
  it("spills the parameters in order and LL, with the labels above when asked", () => {
    expect(fitRow(() => fit, SYMBOLS, undefined, "")).toEqual([[0.704, 1.182, -1611.2]]);
    expect(fitRow(() => fit, SYMBOLS, [[false]], "")).toEqual([[0.704, 1.182, -1611.2]]);
    expect(fitRow(() => fit, SYMBOLS, true, "")).toEqual([
      ["alpha", "beta", "LL"],
      [0.704, 1.182, -1611.2],
    ]);
    expect(fitRow(() => fit, SYMBOLS, [[1]], "")).toHaveLength(2);
  });

  it("adds the advice to a fit that fails and leaves other errors as they are", () => {
    const failing = () => {
      throw new InputError("survivors", "the model fit did not converge (stalled)", "na");
    };
    expect(thrownBy(() => fitRow(failing, SYMBOLS, null, "check the cohort"))).toEqual(
      new CustomFunctionsError(
        "#N/A",
        "survivors: the model fit did not converge (stalled); check the cohort"
      )
    );
    const empty = () => {
      throw new InputError("frequency", "needs at least one customer", "na");
    };
    expect(thrownBy(() => fitRow(empty, SYMBOLS, null, "check the cohort"))).toEqual(
      new CustomFunctionsError("#N/A", "frequency: needs at least one customer")
    );
  });

  it("refuses labels that are not TRUE or FALSE", () => {
    expect(thrownBy(() => fitRow(() => fit, SYMBOLS, "yes", ""))).toEqual(
      new CustomFunctionsError("#VALUE!", "labels: must be TRUE or FALSE")
    );
    expect(thrownBy(() => fitRow(() => fit, SYMBOLS, [[true, false]], ""))).toEqual(
      new CustomFunctionsError("#VALUE!", "labels: must be a single value")
    );
  });
});
