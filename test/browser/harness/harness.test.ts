import { join } from "node:path";
import { Browser } from "playwright-core";
import { Workbook } from "../double/workbook";
import { launchChromium } from "./browser";
import { AddinSession, openAddin } from "./openAddin";
import { StaticServer, startStaticServer } from "./staticServer";

jest.setTimeout(60_000);

let browser: Browser;
let server: StaticServer;
let session: AddinSession | undefined;

beforeAll(async () => {
  server = await startStaticServer(join(__dirname, "fixtures"));
  browser = await launchChromium();
});

afterEach(async () => {
  await session?.close();
  session = undefined;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A workbook whose selection is a small customer table on "Data". */
function customerWorkbook(): Workbook {
  const workbook = new Workbook(["Data"]);
  workbook.sheet("Data").setValues("A1", [
    ["Customer", "Amount"],
    ["C-001", 10],
    ["C-002", 2.5],
  ]);
  workbook.select("Data", "A1:B3");
  return workbook;
}

async function openFixture(workbook: Workbook, displayLanguage = "da-DK"): Promise<AddinSession> {
  session = await openAddin({
    browser,
    baseUrl: server.baseUrl,
    page: "taskpane.html",
    workbook,
    displayLanguage,
  });
  await session.page.waitForFunction(
    () => document.getElementById("status")?.textContent !== "loading"
  );
  return session;
}

test("the fixture page runs Excel.run against the Node workbook through the routed office.js", async () => {
  const workbook = customerWorkbook();
  const { page, officeJsRequests, externalRequests } = await openFixture(workbook);

  expect(await page.textContent("#status")).toBe("done in Excel (da-DK)");
  expect(workbook.sheetNames()).toEqual(["Data", "Results"]);
  expect(workbook.sheet("Results").getValues("A1:B3")).toEqual([
    ["Customer", "Doubled"],
    ["C-001", 20],
    ["C-002", 5],
  ]);
  expect(
    workbook.tables().map((table) => [table.name, table.sheet.name, table.columnNames()])
  ).toEqual([["DoubledAmounts", "Results", ["Customer", "Doubled"]]]);
  expect(workbook.settings.get("lastSource")).toBe("Data");
  expect(officeJsRequests).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  expect(externalRequests).toEqual(["https://example.com/tracking-pixel.png"]);
  expect(
    workbook.syncLog.map((sync) => [sync.operationCount, sync.cellsRead, sync.cellsWritten])
  ).toEqual([
    [1, 6, 0],
    [5, 0, 6], // the onSelectionChanged registration travels in the batch, as in Office.js
  ]);
});

test("selecting cells from Node raises the page's onSelectionChanged handler", async () => {
  const { page, select } = await openFixture(customerWorkbook());

  await select("Data", "B2:B3");

  await page.waitForFunction(() => document.getElementById("selection")?.textContent !== "");
  expect(await page.textContent("#selection")).toBe("Data!B2:B3");
});

test("custom functions are invoked as Excel calls them, errors included", async () => {
  const addin = await openFixture(customerWorkbook());

  expect(await addin.invokeCustomFunction("DOUBLE", [21])).toEqual({ value: 42 });
  // Only #VALUE! and #N/A show a custom message (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors).
  expect(await addin.invokeCustomFunction("ratio", [1, 0])).toEqual({
    error: { code: "#DIV/0!", message: "" },
  });
  expect(await addin.invokeCustomFunction("MISSING", [])).toMatchObject({
    error: { code: "#NAME?" },
  });
});

test("reading a property that was loaded but not yet synced throws PropertyNotLoaded in the page", async () => {
  const { page } = await openFixture(customerWorkbook());

  const failure = await page.evaluate(async () => {
    try {
      await Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("values");
        return range.values;
      });
      return undefined;
    } catch (error) {
      const officeError = error as OfficeExtension.Error;
      return { code: officeError.code, isOfficeError: error instanceof OfficeExtension.Error };
    }
  });

  expect(failure).toEqual({ code: "PropertyNotLoaded", isOfficeError: true });
});

test("a batch over 5 MB is refused with RequestPayloadSizeLimitExceeded and changes nothing", async () => {
  const workbook = customerWorkbook();
  const { page } = await openFixture(workbook);
  const syncsBefore = workbook.syncLog.length;

  const code = await page.evaluate(async () => {
    try {
      await Excel.run(async (context) => {
        const cell = "x".repeat(10_000);
        const range = context.workbook.worksheets.getItem("Data").getRange("D1:D600");
        range.values = Array.from({ length: 600 }, () => [cell]);
        await context.sync();
      });
      return "resolved";
    } catch (error) {
      return (error as OfficeExtension.Error).code;
    }
  });

  expect(code).toBe("RequestPayloadSizeLimitExceeded");
  expect(workbook.sheet("Data").getValues("D1:D2")).toEqual([[""], [""]]);
  const refused = workbook.syncLog.slice(syncsBefore);
  expect(refused).toHaveLength(1);
  expect(refused[0].errorCode).toBe("RequestPayloadSizeLimitExceeded");
  expect(refused[0].requestBytes).toBeGreaterThan(6_000_000);
});
