import { InputError } from "../../src/engine/inputError";

describe("InputError", () => {
  it("carries the argument, the reason and the Excel error kind", () => {
    const error = new InputError("average_order_value", "must not be negative", "value");
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe("average_order_value: must not be negative");
    expect(error.argument).toBe("average_order_value");
    expect(error.reason).toBe("must not be negative");
    expect(error.kind).toBe("value");
  });
});
