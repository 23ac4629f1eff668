import { join } from "node:path";
import { Browser } from "playwright-core";
import { Workbook } from "../double/workbook";
import { launchChromium } from "./browser";
import { AddinSession, openAddin } from "./openAddin";
import { StaticServer, startStaticServer } from "./staticServer";

/** The webpack output (`npm test` builds it before the browser tests run). */
const distFolder = join(__dirname, "../../../dist");

/**
 * Registers jest hooks that serve the built add-in and start Chromium once per test file,
 * closing every session after each test. Returns a function that opens the task pane page.
 * @example
 * const open = setUpBuiltAddin();
 * test("…", async () => { const session = await open(workbook, "da-DK"); … });
 */
export function setUpBuiltAddin(): (
  workbook: Workbook,
  displayLanguage?: string
) => Promise<AddinSession> {
  let server: StaticServer;
  let browser: Browser;
  const sessions: AddinSession[] = [];

  beforeAll(async () => {
    server = await startStaticServer(distFolder);
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((session) => session.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return async (workbook, displayLanguage = "en-US") => {
    const session = await openAddin({
      browser,
      baseUrl: server.baseUrl,
      workbook,
      displayLanguage,
    });
    sessions.push(session);
    return session;
  };
}
