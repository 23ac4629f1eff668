import { DOMParser } from "@xmldom/xmldom";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Browser, Page } from "playwright-core";
import { launchChromium } from "../harness/browser";
import { StaticServer, startStaticServer } from "../harness/staticServer";

jest.setTimeout(60_000);

const repository = join(__dirname, "../../..");
const distFolder = join(repository, "dist");

/**
 * What README's Deploying section tells any static host to send. Excel on the web reads the
 * functions metadata with a cross-origin request from its own origin: "Server settings on the
 * server that hosts the JSON file must have CORS enabled in order for custom functions to work
 * correctly in Excel on the web" (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json,
 * earlier revisions), seen as "Access to XMLHttpRequest at '…/functions.json' from origin
 * 'https://excel.officeapps.live.com' has been blocked by CORS policy"
 * (https://github.com/OfficeDev/office-js/issues/3970).
 */
const staticHostHeaders = { "Access-Control-Allow-Origin": "*" };

/** The files the manifest's Functions.Metadata.Url names, its locale overrides included. */
function metadataFiles(): string[] {
  const manifest = new DOMParser().parseFromString(
    readFileSync(join(repository, "manifest.xml"), "utf8"),
    "text/xml"
  );
  const url = Array.from(manifest.getElementsByTagName("bt:Url")).find(
    (node) => node.getAttribute("id") === "Functions.Metadata.Url"
  )!;
  const values = [
    url.getAttribute("DefaultValue")!,
    ...Array.from(url.getElementsByTagName("bt:Override")).map((node) =>
      node.getAttribute("Value")!
    ),
  ];
  return Array.from(new Set(values.map((value) => new URL(value).pathname)));
}

/**
 * What a page's fetch of `url` gave: the functions it lists, or the error, and the
 * Access-Control-Allow-Origin the response carried (which the page itself may not read).
 */
interface FetchOutcome {
  functions?: number;
  error?: string;
  allowOrigin?: string;
}

async function fetchFrom(page: Page, url: string): Promise<FetchOutcome> {
  // A response the browser blocks arrives as a failed request, without headers.
  const response = Promise.race([
    page.waitForResponse(url),
    page.waitForEvent("requestfailed", (request) => request.url() === url).then(() => undefined),
  ]);
  const outcome: FetchOutcome = await page.evaluate(async (target) => {
    try {
      const metadata = (await (await fetch(target)).json()) as { functions: unknown[] };
      return { functions: metadata.functions.length };
    } catch (error) {
      return { error: String(error) };
    }
  }, url);
  const allowOrigin = (await response)?.headers()["access-control-allow-origin"];
  return allowOrigin === undefined ? outcome : { ...outcome, allowOrigin };
}

let browser: Browser;
let hosted: StaticServer;
let bare: StaticServer;

beforeAll(async () => {
  // Two loopback ports are two origins: one server sends the README's headers, one sends none.
  hosted = await startStaticServer(distFolder, { headers: staticHostHeaders });
  bare = await startStaticServer(distFolder);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await hosted?.close();
  await bare?.close();
});

/** A page on `origin`, as Excel on the web is a page on its own origin, with its console messages. */
async function pageOn(origin: StaticServer): Promise<{ page: Page; messages: string[] }> {
  const page = await browser.newPage();
  const messages: string[] = [];
  page.on("console", (message) => messages.push(message.text()));
  await page.goto(`${origin.baseUrl}/help.html`);
  return { page, messages };
}

test("the README tells static hosts to send the header this test serves", () => {
  const readme = readFileSync(join(repository, "README.md"), "utf8");
  const deploying = readme.slice(
    readme.indexOf("## Deploying"),
    readme.indexOf("## Function reference")
  );
  for (const [name, value] of Object.entries(staticHostHeaders))
    expect(deploying).toContain(`${name}: ${value}`);
});

test("a page on another origin reads every functions metadata file from a host that sends Access-Control-Allow-Origin", async () => {
  const files = metadataFiles();
  expect(files).toEqual(
    expect.arrayContaining(["/functions.json", "/functions.de.json", "/functions.nb.json"])
  );
  const { page } = await pageOn(bare);
  for (const file of files) {
    const outcome = await fetchFrom(page, `${hosted.baseUrl}${file}`);
    expect([file, outcome]).toEqual([file, { functions: expect.any(Number), allowOrigin: "*" }]);
    expect(outcome.functions).toBeGreaterThan(20);
  }
  await page.close();
});

test("without the header the browser blocks that read, though the file is there", async () => {
  const { page, messages } = await pageOn(hosted);
  const crossOrigin = await fetchFrom(page, `${bare.baseUrl}/functions.json`);
  expect(crossOrigin).toEqual({ error: expect.stringMatching(/^TypeError: Failed to fetch/) });
  expect(messages.join("\n")).toMatch(
    /blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present/
  );
  // The same file from the page's own origin: only the missing header stood in the way.
  const sameOrigin = await fetchFrom(page, `${hosted.baseUrl}/functions.json`);
  expect(sameOrigin.functions).toBeGreaterThan(20);
  await page.close();
});
