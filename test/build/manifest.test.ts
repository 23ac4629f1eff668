import { DOMParser } from "@xmldom/xmldom";
import * as fs from "fs";
import * as path from "path";
import { languageFor } from "../../src/engine/language";
import { usedRequirementSets } from "./apiRequirementSets";
import { distFolder, readDistFile } from "./distFolder";
import {
  ChildSequence,
  childSequences,
  cultureName,
  longStringLength,
  referenceIdLength,
  resourceKindOf,
  shortStringLength,
  urlLength,
} from "./manifestSchema";

// webpack.config.js is untyped CommonJS; a declaration file beside it would be one more top-level file.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as {
  hostedManifest: (xml: string, url: string) => string;
  metadataLocales: string[];
};

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
const all = (tag: string, root: Document | Element = manifest) =>
  Array.from(root.getElementsByTagName(tag));
const childElements = (element: Element) =>
  Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1);
const resource = (id: string) =>
  ["bt:Image", "bt:Url", "bt:String"]
    .flatMap((tag) => all(tag))
    .find((node) => node.getAttribute("id") === id);

/**
 * The add-in's languages and the Office locale tags each is offered under: "If you need to
 * localize for more than one area within a language family, such as de-de and de-at, we recommend
 * that you use separate Override elements for each area. Using just the language name alone …
 * is not supported across all combinations of Office host applications and platforms"
 * (https://learn.microsoft.com/office/dev/add-ins/develop/localization). Nynorsk reads Bokmål, as
 * the pane does (src/engine/language.ts).
 */
const regionalTags: Readonly<Record<string, readonly string[]>> = {
  da: ["da-DK"],
  nb: ["nb-NO", "nn-NO"],
  de: ["de-DE", "de-AT", "de-CH", "de-LU", "de-LI"],
  nl: ["nl-NL", "nl-BE"],
};
const allRegionalTags = Object.values(regionalTags).flat();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Where `document` breaks a child sequence of the schemas, one line per problem. */
function sequenceErrors(document: Document, rule: ChildSequence): string[] {
  const parents = all(rule.parent, document).filter(
    (element) => !rule.type || element.getAttribute("xsi:type") === rule.type
  );
  return parents.flatMap((parent) => {
    const where = `${rule.parent}${rule.type ? `[${rule.type}]` : ""}`;
    const children = childElements(parent).map((child) => child.tagName);
    const errors: string[] = [];
    let last = -1;
    for (const child of children) {
      const position = rule.children.indexOf(child);
      if (position < 0) errors.push(`${child} is not a child of ${where}`);
      else if (position < last)
        errors.push(`${child} must come before ${rule.children[last]} in ${where}`);
      last = Math.max(last, position);
    }
    for (const required of rule.required ?? [])
      if (!children.includes(required)) errors.push(`${where} lacks ${required}`);
    return errors;
  });
}

/** The Locale → Value overrides of a locale-aware element, in document order. */
function overrides(element: Element): [string, string][] {
  return childElements(element)
    .filter((child) => child.tagName === "Override" || child.tagName === "bt:Override")
    .map((child) => [child.getAttribute("Locale")!, child.getAttribute("Value")!]);
}

/** Every value a locale-aware element shows: its default and each override's. */
function localizedValues(element: Element): string[] {
  return [element.getAttribute("DefaultValue")!, ...overrides(element).map(([, value]) => value)];
}

describe("manifest.xml", () => {
  test("is an Excel task pane add-in with a stable id, a shared runtime and the CX namespace", () => {
    expect(manifest.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(all("Id")[0].textContent).toBe("5cb8b8f0-28da-445a-a8d0-ce0870e9b2d3");
    expect(
      all("Host").map((host) => host.getAttribute("Name") ?? host.getAttribute("xsi:type"))
    ).toEqual(["Workbook", "Workbook"]);
    const namespace = all("Namespace")[0].getAttribute("resid")!;
    expect(resource(namespace)?.getAttribute("DefaultValue")).toBe("CX");
  });

  test("orders and nests every element as the schemas' sequences require (manifest-element-ordering)", () => {
    for (const rule of childSequences) expect(sequenceErrors(manifest, rule)).toEqual([]);
    // Each rule met at least one element, so none of them passes for want of a parent.
    const unmatched = childSequences.filter(
      (rule) =>
        !all(rule.parent).some(
          (element) => !rule.type || element.getAttribute("xsi:type") === rule.type
        )
    );
    expect(unmatched).toEqual([]);
  });

  test("the order check catches an element out of place", () => {
    const swapped = sourceXml.replace(
      /(<Requirements>[\s\S]*?<\/Requirements>)(\s*)(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)/,
      "$3$2$1"
    );
    expect(swapped).not.toBe(sourceXml);
    const officeApp = childSequences.find((rule) => rule.parent === "OfficeApp")!;
    expect(sequenceErrors(parse(swapped), officeApp)).toEqual([
      "Requirements must come before DefaultSettings in OfficeApp",
    ]);
  });

  test("defines every resource once, uses each, and every resid names one of the right kind", () => {
    const definitions = ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"].flatMap(
      (collection) =>
        childElements(all(collection)[0]).map((node) => ({
          collection,
          id: node.getAttribute("id")!,
        }))
    );
    const ids = definitions.map((definition) => definition.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(referenceIdLength);

    const references = Array.from(manifest.getElementsByTagName("*")).filter((node) =>
      node.hasAttribute("resid")
    );
    expect(references.length).toBeGreaterThan(10);
    for (const reference of references) {
      const resid = reference.getAttribute("resid")!;
      const collection = definitions.find((definition) => definition.id === resid)?.collection;
      expect([reference.tagName, resid, collection]).toEqual([
        reference.tagName,
        resid,
        resourceKindOf[reference.tagName],
      ]);
    }
    const used = new Set(references.map((reference) => reference.getAttribute("resid")));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  test("keeps every string within the schemas' lengths (ShortString 125, LongString 250)", () => {
    const short = [
      all("ProviderName")[0].textContent!,
      ...localizedValues(all("DisplayName")[0]),
      ...childElements(all("bt:ShortStrings")[0]).flatMap(localizedValues),
      ...all("TaskpaneId").map((node) => node.textContent!),
      ...["OfficeTab", "Group", "Control"].flatMap((tag) =>
        all(tag).map((node) => node.getAttribute("id")!)
      ),
    ];
    const long = [
      ...localizedValues(all("Description")[0]),
      ...childElements(all("bt:LongStrings")[0]).flatMap(localizedValues),
      ...all("AppDomain").map((node) => node.textContent!),
    ];
    expect(short.length).toBeGreaterThan(10);
    expect(long.length).toBeGreaterThan(5);
    expect(short.filter((text) => text.length < 1 || text.length > shortStringLength)).toEqual([]);
    expect(long.filter((text) => text.length < 1 || text.length > longStringLength)).toEqual([]);
  });

  test("points every URL at HTTPS (https://learn.microsoft.com/javascript/api/manifest/sourcelocation)", () => {
    const urls = [
      ...["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Image", "bt:Url"]
        .flatMap((tag) => all(tag))
        .filter((node) => node.hasAttribute("DefaultValue"))
        .flatMap(localizedValues),
      ...all("AppDomain").map((node) => node.textContent!),
    ];
    expect(urls.length).toBeGreaterThan(15);
    expect(
      urls.filter((url) => new URL(url).protocol !== "https:" || url.length > urlLength)
    ).toEqual([]);
  });

  test("runs functions, ribbon and pane in one long-lived runtime on one page (configure-your-add-in-to-use-a-shared-runtime)", () => {
    const runtimes = all("Runtime");
    expect(runtimes.map((runtime) => runtime.getAttribute("lifetime"))).toEqual(["long"]);
    const page = runtimes[0].getAttribute("resid")!;
    // "The shared runtime won't load if the resid uses different values in the manifest."
    const pageReferences = [
      all("SourceLocation", all("Page")[0])[0],
      all("FunctionFile")[0],
      ...all("Action").map((action) => all("SourceLocation", action)[0]),
    ];
    expect(pageReferences.map((node) => node.getAttribute("resid"))).toEqual(
      pageReferences.map(() => page)
    );
    expect(resource(page)?.getAttribute("DefaultValue")).toBe(
      all("SourceLocation", all("DefaultSettings")[0])[0].getAttribute("DefaultValue")
    );
    // "Any task pane without a <TaskpaneID> is considered a different task pane", and a shared
    // runtime supports one: every button names the same one.
    const taskpaneIds = all("Action")
      .filter((action) => action.getAttribute("xsi:type") === "ShowTaskpane")
      .map((action) => all("TaskpaneId", action)[0]?.textContent);
    expect(taskpaneIds).toEqual(taskpaneIds.map(() => "CX.Taskpane"));
  });

  test("names valid locale tags (CultureName), never the default locale again, each once per element", () => {
    const defaultLocale = all("DefaultLocale")[0].textContent!;
    expect(defaultLocale).toBe("en-US");
    const localized = ["Override", "bt:Override"]
      .flatMap((tag) => all(tag))
      .map((node) => node.parentNode as Element);
    for (const element of new Set(localized)) {
      const locales = overrides(element).map(([locale]) => locale);
      expect(locales.filter((locale) => !cultureName.test(locale))).toEqual([]);
      expect(locales).not.toContain(defaultLocale);
      expect(new Set(locales).size).toBe(locales.length);
    }
  });

  test("offers each language under its regional tags, with one text per language (localization)", () => {
    expect(Object.keys(regionalTags).sort()).toEqual([...webpackConfig.metadataLocales].sort());
    for (const [language, tags] of Object.entries(regionalTags))
      for (const tag of tags) expect([tag, languageFor(tag)]).toEqual([tag, language]);

    const strings = [
      ...childElements(all("bt:ShortStrings")[0]),
      ...childElements(all("bt:LongStrings")[0]),
    ];
    const namespace = all("Namespace")[0].getAttribute("resid");
    const shown = [
      all("DisplayName")[0],
      all("Description")[0],
      ...strings.filter((string) => string.getAttribute("id") !== namespace),
    ];
    expect(shown.length).toBeGreaterThanOrEqual(7);
    for (const element of [...shown, resource("Functions.Metadata.Url")!]) {
      const byLocale = new Map(overrides(element));
      const name = element.getAttribute("id") ?? element.tagName;
      expect([name, [...byLocale.keys()].sort()]).toEqual([name, [...allRegionalTags].sort()]);
      for (const tags of Object.values(regionalTags)) {
        const texts = new Set(tags.map((tag) => byLocale.get(tag)));
        expect([name, tags, texts.size]).toEqual([name, tags, 1]);
      }
    }
    expect(new Map(overrides(all("DisplayName")[0])).get("de-CH")).toBe("CX Kundenwert");
  });

  test("sends each regional tag to its language's functions.<language>.json (custom-functions-naming#localize-custom-functions)", () => {
    const metadata = resource("Functions.Metadata.Url")!;
    expect(metadata.getAttribute("DefaultValue")).toBe(`${devBaseUrl}functions.json`);
    for (const [locale, url] of overrides(metadata))
      expect([locale, url]).toEqual([locale, `${devBaseUrl}functions.${languageFor(locale)}.json`]);
  });

  describe("requirements", () => {
    const declared = new Map(
      all("Set", all("Requirements")[0]).map((set) => [
        set.getAttribute("Name")!,
        set.getAttribute("MinVersion") ?? all("Sets")[0].getAttribute("DefaultMinVersion"),
      ])
    );
    let used: ReturnType<typeof usedRequirementSets>;
    beforeAll(() => {
      used = usedRequirementSets(["src/excel", "src/functions", "src/taskpane"]);
    }, 120_000);

    test("declares the shared runtime, CustomFunctionsRuntime 1.3 and ExcelApi 1.7", () => {
      // SharedRuntime 1.1: https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime
      // CustomFunctionsRuntime 1.3 "adds … new ErrorCode options", #NUM! and #DIV/0! among them:
      // https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets
      // ExcelApi 1.7: Worksheet.getRangeByIndexes, Range.getSurroundingRegion, Worksheet.freezePanes
      // (https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes); Excel.run's
      // delayForCellEdit option is in the 1.1 reference (excel-js-1.1 Excel.RunOptions) and adds none.
      expect(Object.fromEntries(declared)).toEqual({
        SharedRuntime: "1.1",
        CustomFunctionsRuntime: "1.3",
        ExcelApi: "1.7",
      });
    });

    test("declares every requirement set the pane and the functions need, at the highest version they call", () => {
      // Each Office.js member's "[Api set: …]" remark, as https://learn.microsoft.com/javascript/api/excel lists it.
      expect(used.required.map((set) => set.name)).toEqual(["CustomFunctionsRuntime", "ExcelApi"]);
      for (const set of used.required)
        expect([set.name, declared.get(set.name), set.uses]).toEqual([
          set.name,
          set.version,
          set.uses,
        ]);
      const excel = used.required.find((set) => set.name === "ExcelApi")!;
      expect(excel.uses).toEqual(
        expect.arrayContaining([expect.stringMatching(/getRangeByIndexes$/)])
      );
    });
  });

  test("the ribbon button on the Home tab opens the task pane page", () => {
    const tab = all("OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const action = tab.getElementsByTagName("Action")[0];
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
    const page = action.getElementsByTagName("SourceLocation")[0].getAttribute("resid")!;
    expect(resource(page)?.getAttribute("DefaultValue")).toBe(`${devBaseUrl}taskpane.html`);
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
        "functions.nb.json",
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
  test("ADDIN_BASE_URL replaces every dev URL and the app domain", () => {
    const hosted = webpackConfig.hostedManifest(sourceXml, "https://static.example.org/cx/");
    expect(hosted).not.toContain("localhost");
    expect(hosted).toContain(
      '<bt:Url id="Taskpane.Url" DefaultValue="https://static.example.org/cx/taskpane.html"/>'
    );
    expect(hosted).toContain(
      '<bt:Override Locale="de-AT" Value="https://static.example.org/cx/functions.de.json"/>'
    );
    expect(hosted).toContain("<AppDomain>https://static.example.org</AppDomain>");
    parse(hosted);
  });
});
