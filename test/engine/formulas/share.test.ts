import { share } from "../../../src/engine/formulas/share";

describe("share", () => {
  it("is part / whole, 0 to 1", () => {
    expect(share(60, 200, "part", "whole")).toBe(0.3);
    expect(share(200, 200, "part", "whole")).toBe(1);
    expect(share(0, 200, "part", "whole")).toBe(0);
  });

  it("rejects a part above the whole and negative counts with #VALUE!", () => {
    expect(() => share(201, 200, "part", "whole")).toThrow("part: must not exceed whole");
    expect(() => share(-1, 200, "part", "whole")).toThrow(
      expect.objectContaining({ argument: "part", kind: "value" })
    );
    expect(() => share(0, -1, "part", "whole")).toThrow(
      expect.objectContaining({ argument: "whole", kind: "value" })
    );
  });

  it("throws #DIV/0! for an empty whole", () => {
    expect(() => share(0, 0, "part", "whole")).toThrow(
      expect.objectContaining({ argument: "whole", kind: "div" })
    );
  });
});
