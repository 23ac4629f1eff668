import { displayLanguage } from "../../src/excel/displayLanguage";

describe("displayLanguage", () => {
  const global = globalThis as { Office?: unknown };
  afterEach(() => delete global.Office);

  it("is undefined without Office.js", () => {
    expect(displayLanguage()).toBeUndefined();
  });

  it("reads Office.context.displayLanguage", () => {
    global.Office = { context: { displayLanguage: "nb-NO" } };
    expect(displayLanguage()).toBe("nb-NO");
  });

  it("is undefined when Office has no context or reading it throws", () => {
    global.Office = {};
    expect(displayLanguage()).toBeUndefined();
    global.Office = {
      get context(): unknown {
        throw new Error("not ready");
      },
    };
    expect(displayLanguage()).toBeUndefined();
  });
});
