import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { InputError } from "../../src/engine/inputError";
import type { ModelFit } from "../../src/engine/models/modelFit";
import { ModelFitError } from "../../src/engine/models/modelFitError";
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
      throw new ModelFitError("survivors", "no-convergence", "the model fit did not converge");
    };
    expect(thrownBy(() => fitRow(failing, SYMBOLS, null, "check the cohort"))).toEqual(
      new CustomFunctionsError(
        "#N/A",
        "survivors: the model fit did not converge; check the cohort"
      )
    );
    const empty = () => {
      throw new InputError("frequency", "needs at least one customer", "na");
    };
    expect(thrownBy(() => fitRow(empty, SYMBOLS, null, "check the cohort"))).toEqual(
      new CustomFunctionsError("#N/A", "frequency: needs at least one customer")
    );
    // Only the error type counts, not how the reason starts.
    const lookalike = () => {
      throw new InputError("frequency", "the model needs repeat customers", "na");
    };
    expect(thrownBy(() => fitRow(lookalike, SYMBOLS, null, "check the cohort"))).toEqual(
      new CustomFunctionsError("#N/A", "frequency: the model needs repeat customers")
    );
  });

  it("leaves the advice off a no-dropout failure, whose reason says what would help", () => {
    const noDropout = () => {
      throw new ModelFitError(
        "frequency",
        "no-dropout",
        "the data show almost no customers leaving"
      );
    };
    expect(thrownBy(() => fitRow(noDropout, SYMBOLS, null, "check the cohort"))).toEqual(
      new CustomFunctionsError("#N/A", "frequency: the data show almost no customers leaving")
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
