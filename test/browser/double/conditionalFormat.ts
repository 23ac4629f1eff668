import { HostError, requireArgument } from "./hostError";
import { Rectangle } from "./rectangle";

/** `Excel.ConditionalFormatType` values the double models. */
export type ConditionalFormatKind = "ColorScale" | "DataBar";

/** One point of a colour scale (`Excel.ConditionalColorScaleCriterion`). */
export interface ColorScaleCriterion {
  readonly type: string;
  readonly formula?: string;
  readonly color: string;
}

/** `Excel.ConditionalColorScaleCriteria`: two colours, or three with a midpoint. */
export interface ColorScaleCriteria {
  readonly minimum: ColorScaleCriterion;
  readonly midpoint?: ColorScaleCriterion;
  readonly maximum: ColorScaleCriterion;
}

/** `Excel.ConditionalDataBarRule`: where the shortest or longest bar sits. */
export interface DataBarRule {
  readonly type: string;
  readonly formula?: string;
}

/** The settings of a data bar format, with Excel's defaults. */
export interface DataBarSettings {
  barDirection: string;
  showDataBarOnly: boolean;
  lowerBoundRule: DataBarRule;
  upperBoundRule: DataBarRule;
}

const KINDS: readonly string[] = ["ColorScale", "DataBar"];
const COLOR = /^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/;
/** Criterion types that need a formula (a number, percentage, percentile or formula text). */
const NEEDS_FORMULA: readonly string[] = ["Number", "Percent", "Percentile", "Formula"];
/** Which criterion types Excel offers at each point of a colour scale. */
const CRITERION_TYPES: Readonly<Record<keyof ColorScaleCriteria, readonly string[]>> = {
  minimum: ["LowestValue", ...NEEDS_FORMULA],
  midpoint: NEEDS_FORMULA,
  maximum: ["HighestValue", ...NEEDS_FORMULA],
};
const BAR_DIRECTIONS: readonly string[] = ["Context", "LeftToRight", "RightToLeft"];
const LOWER_RULE_TYPES: readonly string[] = ["Automatic", "LowestValue", ...NEEDS_FORMULA];
const UPPER_RULE_TYPES: readonly string[] = ["Automatic", "HighestValue", ...NEEDS_FORMULA];

/** A conditional format on a range of one sheet, as `range.conditionalFormats.add(type)` creates it. */
export class ConditionalFormat {
  readonly id: string;
  readonly type: ConditionalFormatKind;
  readonly rectangle: Rectangle;
  /** Excel's default colour scale until criteria are set: white to the theme's green, two colours. */
  colorScaleCriteria: ColorScaleCriteria = {
    minimum: { type: "LowestValue", color: "#FFFFFF" },
    maximum: { type: "HighestValue", color: "#63BE7B" },
  };
  readonly dataBar: DataBarSettings = {
    barDirection: "Context",
    showDataBarOnly: false,
    lowerBoundRule: { type: "Automatic" },
    upperBoundRule: { type: "Automatic" },
  };

  constructor(id: string, type: unknown, rectangle: Rectangle) {
    if (typeof type !== "string" || !KINDS.includes(type))
      throw new HostError(
        "InvalidArgument",
        `The double models the ColorScale and DataBar conditional formats, not '${String(type)}'.`
      );
    this.id = id;
    this.type = type as ConditionalFormatKind;
    this.rectangle = rectangle;
  }

  /** The format's own settings, refused with InvalidOperation on a format of another type, as Excel does. */
  requireType(type: ConditionalFormatKind): void {
    if (this.type !== type)
      throw new HostError(
        "InvalidOperation",
        `This conditional format is a ${this.type}, not a ${type}.`
      );
  }

  /** Sets colour scale criteria under Excel's rules: minimum and maximum required, midpoint optional. */
  setColorScaleCriteria(value: unknown): void {
    requireArgument(typeof value === "object" && value !== null, "criteria must be an object.");
    const criteria = value as Record<string, unknown>;
    const minimum = requireCriterion(criteria.minimum, "minimum");
    const maximum = requireCriterion(criteria.maximum, "maximum");
    const midpoint =
      criteria.midpoint === undefined || criteria.midpoint === null
        ? undefined
        : requireCriterion(criteria.midpoint, "midpoint");
    this.colorScaleCriteria = { minimum, maximum, ...(midpoint ? { midpoint } : {}) };
  }

  /** Sets a data bar property after checking the value Excel accepts there. */
  setDataBar(name: keyof DataBarSettings, value: unknown): void {
    if (name === "barDirection") {
      requireOneOf(value, BAR_DIRECTIONS, "barDirection");
      this.dataBar.barDirection = value as string;
    } else if (name === "showDataBarOnly") {
      requireArgument(typeof value === "boolean", "showDataBarOnly must be true or false.");
      this.dataBar.showDataBarOnly = value;
    } else {
      const types = name === "lowerBoundRule" ? LOWER_RULE_TYPES : UPPER_RULE_TYPES;
      this.dataBar[name] = requireRule(value, types, name);
    }
  }
}

function requireCriterion(value: unknown, point: keyof ColorScaleCriteria): ColorScaleCriterion {
  requireArgument(typeof value === "object" && value !== null, `${point} must be an object.`);
  const { type, formula, color } = value as Record<string, unknown>;
  requireArgument(
    typeof color === "string" && COLOR.test(color),
    `${point}.color must be a colour such as #63BE7B.`
  );
  const rule = requireRule({ type, formula }, CRITERION_TYPES[point], point);
  return { ...rule, color };
}

function requireRule(value: unknown, types: readonly string[], name: string): DataBarRule {
  requireArgument(typeof value === "object" && value !== null, `${name} must be an object.`);
  const { type, formula } = value as Record<string, unknown>;
  requireOneOf(type, types, `${name}.type`);
  if (!NEEDS_FORMULA.includes(type as string)) return { type: type as string };
  requireArgument(
    typeof formula === "string" && formula.trim() !== "",
    `${name}.formula is required for the type ${String(type)}.`
  );
  return { type: type as string, formula };
}

function requireOneOf(value: unknown, allowed: readonly string[], name: string): void {
  requireArgument(
    typeof value === "string" && allowed.includes(value),
    `${name} must be one of ${allowed.join(", ")}.`
  );
}
