import { DOMParser } from "@xmldom/xmldom";
import * as fs from "fs";
import * as path from "path";
import { distFolder, readDistFile } from "./distFolder";

const devBaseUrl = "https://localhost:3000/";
const sourceXml = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");

function parse(xml: string): Document {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => level !== "warning" && errors.push(message),
  }).parseFromString(xml, "text/xml") as unknown as Document;
  if (errors.length > 0) throw new Error(errors.join("\n"));
  return document;
}

const manifest = parse(sourceXml);
const all = (tag: string) => Array.from(manifest.getElementsByTagName(tag));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  test("is an Excel task pane add-in with a stable id, a shared runtime and the CX namespace", () => {
    expect(manifest.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(all("Id")[0].textContent).toBe("5cb8b8f0-28da-445a-a8d0-ce0870e9b2d3");
    expect(
      all("Host").map((host) => host.getAttribute("Name") ?? host.getAttribute("xsi:type"))
    ).toEqual(["Workbook", "Workbook"]);
    const sharedRuntime = all("Set").find((set) => set.getAttribute("Name") === "SharedRuntime");
    expect(sharedRuntime?.getAttribute("MinVersion")).toBe("1.1");
    const runtime = all("Runtime")[0];
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const namespace = all("Namespace")[0].getAttribute("resid");
    const namespaceString = all("bt:String").find((node) => node.getAttribute("id") === namespace);
    expect(namespaceString?.getAttribute("DefaultValue")).toBe("CX");
  });

  test("names and describes the product in en, da, nb, de and nl", () => {
    for (const tag of ["DisplayName", "Description"]) {
      const element = all(tag)[0];
      expect(element.getAttribute("DefaultValue")).toMatch(/\w{3,}/);
      const locales = Array.from(element.getElementsByTagName("Override")).map((node) =>
        node.getAttribute("Locale")
      );
      expect(locales.sort()).toEqual(["da-DK", "de-DE", "nb-NO", "nl-NL"]);
    }
  });

  test("every resid resolves to a resource of the right kind", () => {
    const resources = new Set(
      ["bt:Image", "bt:Url", "bt:String"]
        .flatMap((tag) => all(tag).map((node) => node.getAttribute("id")))
        .filter(Boolean)
    );
    const references = Array.from(manifest.getElementsByTagName("*"))
      .map((node) => node.getAttribute("resid"))
      .filter((resid): resid is string => Boolean(resid));
    expect(references.length).toBeGreaterThan(10);
    for (const resid of references) expect(resources).toContain(resid);
  });

  test("the ribbon button on the Home tab opens the task pane page", () => {
    const tab = all("OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const action = tab.getElementsByTagName("Action")[0];
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
    const page = action.getElementsByTagName("SourceLocation")[0].getAttribute("resid");
    const url = all("bt:Url").find((node) => node.getAttribute("id") === page);
    expect(url?.getAttribute("DefaultValue")).toBe(`${devBaseUrl}taskpane.html`);
  });

  test("every URL points at a file the build emits", () => {
    const urls = Array.from(sourceXml.matchAll(/https:\/\/localhost:3000\/([^"<]+)/g)).map(
      (match) => match[1]
    );
    expect(urls).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "functions.js",
        "functions.json",
        "assets/icon-80.png",
      ])
    );
    for (const file of urls) expect(fs.existsSync(path.join(distFolder, file))).toBe(true);
  });

  test("icons exist at the sizes the manifest declares", () => {
    for (const image of all("bt:Image").filter((node) => node.getAttribute("DefaultValue"))) {
      const size = Number(image.getAttribute("id")!.match(/(\d+)x\1$/)![1]);
      const file = image.getAttribute("DefaultValue")!.slice(devBaseUrl.length);
      expect(pngSize(path.join(distFolder, file))).toEqual([size, size]);
    }
    expect(pngSize(path.join(distFolder, "assets/icon-32.png"))).toEqual([32, 32]);
    expect(pngSize(path.join(distFolder, "assets/icon-64.png"))).toEqual([64, 64]);
  });

  test("the built manifest is the source manifest (dev URLs unless ADDIN_BASE_URL was set)", () => {
    const built = readDistFile("manifest.xml");
    parse(built);
    if (!process.env.ADDIN_BASE_URL) expect(built).toBe(sourceXml);
  });
});

describe("hosting the build elsewhere", () => {
  // webpack.config.js is untyped CommonJS; a declaration file beside it would be one more top-level file.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { hostedManifest } = require("../../webpack.config.js") as {
    hostedManifest: (xml: string, url: string) => string;
  };

  test("ADDIN_BASE_URL replaces every dev URL and the app domain", () => {
    const hosted = hostedManifest(sourceXml, "https://static.example.org/cx/");
    expect(hosted).not.toContain("localhost");
    expect(hosted).toContain(
      '<bt:Url id="Taskpane.Url" DefaultValue="https://static.example.org/cx/taskpane.html"/>'
    );
    expect(hosted).toContain("<AppDomain>https://static.example.org</AppDomain>");
    parse(hosted);
  });
});
