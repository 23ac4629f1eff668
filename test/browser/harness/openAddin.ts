import { Browser, Page, Route } from "playwright-core";
import { callCustomFunction, FunctionsMetadata, InvokeOptions } from "../double/customFunctionCall";
import { OfficeHost } from "../double/officeHost";
import { officeScript } from "../double/officeScript";
import {
  CellResult,
  CustomFunctionInvocation,
  TRANSPORT_BINDING,
  TransportKind,
} from "../double/protocol";
import { Workbook } from "../double/workbook";

/** Where the add-in's pages load office.js from; answered by the double instead. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com/";

/** What `openAddin` needs. */
export interface OpenAddinOptions {
  readonly browser: Browser;
  /** Origin of the static server holding the built add-in, e.g. "http://127.0.0.1:43817". */
  readonly baseUrl: string;
  /** Page under `baseUrl`; "taskpane.html" by default. */
  readonly page?: string;
  readonly workbook: Workbook;
  /** `Office.context.displayLanguage`; "en-US" by default. */
  readonly displayLanguage?: string;
}

/** The page's window with the hooks the client installs as `window.__officeDouble`. */
interface DoubleWindow {
  readonly __officeDouble: {
    invokeCustomFunction(
      id: string,
      args: readonly unknown[],
      invocation: CustomFunctionInvocation
    ): Promise<CellResult>;
    fireSelectionChanged(): Promise<void>;
  };
}

/** An add-in page open in Chromium against an in-memory workbook. */
export interface AddinSession {
  readonly page: Page;
  readonly workbook: Workbook;
  /** The Node end of the Office.js double (task pane visibility, display language). */
  readonly host: OfficeHost;
  /** Every request to a host other than the static server and the office.js CDN; each was aborted. */
  readonly externalRequests: string[];
  /** Requests to the office.js CDN, each answered with the double. */
  readonly officeJsRequests: string[];
  /** Console errors and uncaught page errors, in order. */
  readonly consoleErrors: string[];
  /** Selects cells as a user would and raises the page's onSelectionChanged handlers. */
  select(sheetName: string, address: string): Promise<void>;
  /**
   * Calls a custom function the page associated as Excel on the web does, by the server's
   * functions.json (see callCustomFunction): arguments as scalars or 2-D arrays, optional ones
   * null or left off, error cells as errorCell("#N/A").
   */
  invokeCustomFunction(
    id: string,
    args: readonly unknown[],
    options?: InvokeOptions
  ): Promise<CellResult>;
  close(): Promise<void>;
}

/**
 * Opens an add-in page in a fresh browser context with office.js served by the double and every
 * other off-server request aborted and recorded.
 * @example
 * const session = await openAddin({ browser, baseUrl: server.baseUrl, workbook: new Workbook(["Data"]), displayLanguage: "da-DK" });
 * await session.select("Data", "A1:C100");
 * expect(session.externalRequests).toEqual([]);
 * await session.close();
 */
export async function openAddin(options: OpenAddinOptions): Promise<AddinSession> {
  const { browser, baseUrl, workbook } = options;
  const host = new OfficeHost(workbook, options.displayLanguage ?? "en-US");
  const context = await browser.newContext();
  const externalRequests: string[] = [];
  const officeJsRequests: string[] = [];
  const consoleErrors: string[] = [];
  const serverOrigin = new URL(baseUrl).origin;

  await context.route("**/*", (route: Route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      officeJsRequests.push(url);
      return new URL(url).pathname.endsWith("/office.js")
        ? route.fulfill({
            status: 200,
            contentType: "text/javascript; charset=utf-8",
            body: officeScript(),
          })
        : route.fulfill({ status: 404, body: "" });
    }
    if (new URL(url).origin === serverOrigin) return route.continue();
    externalRequests.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  await page.exposeFunction(TRANSPORT_BINDING, (kind: TransportKind, payload: string) =>
    host.receive(kind, payload)
  );
  try {
    await page.goto(`${serverOrigin}/${options.page ?? "taskpane.html"}`, { waitUntil: "load" });
  } catch (error) {
    await context.close();
    throw error;
  }

  let metadata: Promise<FunctionsMetadata> | undefined;
  return {
    page,
    workbook,
    host,
    externalRequests,
    officeJsRequests,
    consoleErrors,
    async select(sheetName, address) {
      workbook.select(sheetName, address);
      await page.evaluate(() =>
        (window as unknown as DoubleWindow).__officeDouble.fireSelectionChanged()
      );
    },
    async invokeCustomFunction(id, args, options = {}) {
      metadata ??= fetchFunctionsMetadata(serverOrigin);
      return callCustomFunction(await metadata, id, args, options, (declared, passed, invocation) =>
        page.evaluate(
          ([functionId, functionArgs, functionInvocation]) =>
            (window as unknown as DoubleWindow).__officeDouble.invokeCustomFunction(
              functionId,
              functionArgs,
              functionInvocation
            ),
          [declared, passed, invocation] as const
        )
      );
    },
    close: () => context.close(),
  };
}

/** The add-in's functions.json as Excel reads it from the server. */
async function fetchFunctionsMetadata(serverOrigin: string): Promise<FunctionsMetadata> {
  const response = await fetch(`${serverOrigin}/functions.json`);
  if (!response.ok)
    throw new Error(
      `${serverOrigin}/functions.json: ${response.status}; Excel needs it to call functions`
    );
  return (await response.json()) as FunctionsMetadata;
}
