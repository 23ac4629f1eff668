import { BrowserNotFoundError, findBrowser } from "./findBrowser";

describe("findBrowser", () => {
  const configured = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (configured === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = configured;
  });

  test("takes CHROMIUM_PATH first, as it is", async () => {
    process.env.CHROMIUM_PATH = process.execPath;
    await expect(findBrowser()).resolves.toBe(process.execPath);
  });

  test("says in one line that a CHROMIUM_PATH which does not exist is wrong", async () => {
    process.env.CHROMIUM_PATH = "/nowhere/chromium";
    const found = findBrowser();
    await expect(found).rejects.toBeInstanceOf(BrowserNotFoundError);
    await expect(found).rejects.toThrow("CHROMIUM_PATH is /nowhere/chromium, which does not exist");
  });
});
