/**
 * What the add-in-only manifest's schemas require, transcribed for an offline check (`npm run
 * validate` needs Microsoft's service). "Elements must be under the proper parent and in a
 * specific order" (https://learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering);
 * the orders and types below are the xs:sequence and xs:simpleType definitions of
 * https://github.com/OfficeDev/office-js-docs-pr/tree/main/docs/overview/schemas/taskpane
 * (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd, OfficeAppBasicTypesV1_0.xsd).
 */

/** The children a parent may have, in the order they must appear; `required` ones must be there. */
export interface ChildSequence {
  /** The parent's tag name as written in the manifest, e.g. "Group" or "bt:Images". */
  parent: string;
  /** Only parents with this xsi:type (ExtensionPoint, Control and Action are polymorphic). */
  type?: string;
  children: readonly string[];
  required?: readonly string[];
}

export const childSequences: readonly ChildSequence[] = [
  {
    // OfficeApp's sequence, extended by TaskPaneApp (OfficeAppManifestV1_1.xsd).
    parent: "OfficeApp",
    children: [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "Dictionary",
      "VersionOverrides",
    ],
    required: [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "DefaultSettings",
      "Permissions",
    ],
  },
  { parent: "AppDomains", children: ["AppDomain"] },
  { parent: "Hosts", children: ["Host"] },
  { parent: "Requirements", children: ["Sets", "Methods"] },
  { parent: "Sets", children: ["Set"], required: ["Set"] },
  { parent: "DefaultSettings", children: ["SourceLocation"], required: ["SourceLocation"] },
  {
    parent: "VersionOverrides",
    children: [
      "Description",
      "Requirements",
      "Hosts",
      "Resources",
      "WebApplicationInfo",
      "EquivalentAddins",
    ],
  },
  {
    // Runtimes first: "The <Runtimes> section must be entered after the <Host> element"
    // (https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime).
    parent: "Host",
    children: ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"],
  },
  { parent: "Runtimes", children: ["Runtime"], required: ["Runtime"] },
  { parent: "AllFormFactors", children: ["ExtensionPoint"] },
  {
    parent: "DesktopFormFactor",
    children: ["GetStarted", "FunctionFile", "ExtensionPoint"],
    required: ["ExtensionPoint"],
  },
  {
    parent: "ExtensionPoint",
    type: "CustomFunctions",
    children: ["Script", "Page", "Metadata", "Namespace"],
    required: ["Script", "Page"],
  },
  { parent: "ExtensionPoint", type: "PrimaryCommandSurface", children: ["OfficeTab", "CustomTab"] },
  { parent: "Script", children: ["SourceLocation"], required: ["SourceLocation"] },
  { parent: "Page", children: ["SourceLocation"], required: ["SourceLocation"] },
  { parent: "Metadata", children: ["SourceLocation"], required: ["SourceLocation"] },
  {
    parent: "GetStarted",
    children: ["Title", "Description", "LearnMoreUrl"],
    required: ["Title", "Description", "LearnMoreUrl"],
  },
  { parent: "OfficeTab", children: ["Group"], required: ["Group"] },
  {
    parent: "Group",
    children: ["Label", "Icon", "Control"],
    required: ["Label", "Icon", "Control"],
  },
  {
    parent: "Control",
    type: "Button",
    children: ["Label", "Supertip", "Icon", "Action"],
    required: ["Label", "Supertip", "Icon", "Action"],
  },
  { parent: "Supertip", children: ["Title", "Description"], required: ["Title", "Description"] },
  { parent: "Icon", children: ["bt:Image"], required: ["bt:Image"] },
  {
    parent: "Action",
    type: "ShowTaskpane",
    children: ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning"],
    required: ["SourceLocation"],
  },
  {
    parent: "Resources",
    children: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
  },
  { parent: "bt:Images", children: ["bt:Image"] },
  { parent: "bt:Urls", children: ["bt:Url"] },
  { parent: "bt:ShortStrings", children: ["bt:String"] },
  { parent: "bt:LongStrings", children: ["bt:String"] },
  // The locale-aware settings (LocaleAwareSetting and its *WithId resources).
  { parent: "DisplayName", children: ["Override"] },
  { parent: "Description", children: ["Override"] },
  { parent: "bt:Image", children: ["bt:Override"] },
  { parent: "bt:Url", children: ["bt:Override"] },
  { parent: "bt:String", children: ["bt:Override"] },
];

/** CultureName: "The culture names follow the BCP 47 standard" (OfficeAppBasicTypesV1_0.xsd). */
export const cultureName =
  /^(?:[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/;

/** ShortString: 1 to 125 characters. */
export const shortStringLength = 125;
/** LongString: 1 to 250 characters. */
export const longStringLength = 250;
/** URL: 1 to 2048 characters. */
export const urlLength = 2048;
/** ReferenceId (a resource's id and every resid): 1 to 32 characters. */
export const referenceIdLength = 32;

/** The Resources collection a resid must name, by the tag of the element that carries it. */
export const resourceKindOf: Readonly<Record<string, string>> = {
  "bt:Image": "bt:Images", // ImageResourceReference
  SourceLocation: "bt:Urls", // URLResourceReference
  Runtime: "bt:Urls",
  FunctionFile: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  Label: "bt:ShortStrings", // ShortResourceReference
  Title: "bt:ShortStrings",
  Namespace: "bt:ShortStrings",
  Description: "bt:LongStrings", // LongResourceReference
};
