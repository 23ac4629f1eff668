import { InputError } from "../../../src/engine/inputError";
import { ModelFitError } from "../../../src/engine/models/modelFitError";

describe("ModelFitError", () => {
  it("is a #N/A InputError that also says which way the fit failed", () => {
    const error = new ModelFitError("frequency", "no-maximum", "the model has no best fit");
    expect(error).toBeInstanceOf(InputError);
    expect(error).toBeInstanceOf(ModelFitError);
    expect(error.name).toBe("ModelFitError");
    expect(error.message).toBe("frequency: the model has no best fit");
    expect(error.argument).toBe("frequency");
    expect(error.reason).toBe("the model has no best fit");
    expect(error.kind).toBe("na");
    expect(error.failure).toBe("no-maximum");
  });

  it("is not what plain bad input throws", () => {
    expect(new InputError("frequency", "needs at least one customer", "na")).not.toBeInstanceOf(
      ModelFitError
    );
  });
});
