import { PREVIEW_ROW_LIMIT } from "../../src/functions/valuePreview";
import { readDistFile } from "./distFolder";

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string }[];
  }[];
}

const english = JSON.parse(readDistFile("functions.json")) as Metadata;

describe.each(["da", "nb", "de", "nl"])("functions.%s.json", (locale) => {
  const localized = JSON.parse(readDistFile(`functions.${locale}.json`)) as Metadata;

  test("declares the same functions and parameters as functions.json", () => {
    const shape = (metadata: Metadata) =>
      metadata.functions.map((fn) => [
        fn.id,
        fn.name,
        fn.parameters.map((parameter) => parameter.name),
      ]);
    expect(shape(localized)).toEqual(shape(english));
  });

  test("describes every function and parameter in its own language", () => {
    localized.functions.forEach((fn, index) => {
      expect(fn.description).not.toBe(english.functions[index].description);
      fn.parameters.forEach((parameter, parameterIndex) =>
        expect(parameter.description).not.toBe(
          english.functions[index].parameters[parameterIndex].description
        )
      );
    });
  });
});

test("parameters carry Excel-style names such as average_order_value", () => {
  const clv = english.functions.find((fn) => fn.id === "CLV")!;
  expect(clv.parameters.map((parameter) => parameter.name)).toEqual([
    "average_order_value",
    "purchases_per_period",
    "lifespan_periods",
    "gross_margin",
    "discount_rate",
    "acquisition_cost",
  ]);
});

test("German argument help for CX.CLV reads as German", () => {
  const german = JSON.parse(readDistFile("functions.de.json")) as Metadata;
  expect(german.functions.find((fn) => fn.id === "CLV")!.description).toBe(
    "Customer Lifetime Value aus durchschnittlichem Bestellwert, Kaufhäufigkeit und Lebensdauer."
  );
});

test.each(["", ".da", ".nb", ".de", ".nl"])(
  "functions%s.json says which functions skip the formula value preview, and above how many rows",
  (locale) => {
    const metadata = JSON.parse(readDistFile(`functions${locale}.json`)) as Metadata;
    const limit = PREVIEW_ROW_LIMIT.toLocaleString("en-US").replace(/,/g, " ");
    const skipping = [
      "SUMMARY",
      "HOLDOUT",
      "COHORTS",
      "CHANNELS",
      "BGNBD.FIT",
      "MBGNBD.FIT",
      "PNBD.FIT",
      "NBD.FIT",
      "GG.FIT",
      "BGBB.FIT",
    ];
    for (const id of skipping) {
      expect(`${id}: ${metadata.functions.find((fn) => fn.id === id)!.description}`).toContain(
        `${limit} `
      );
    }
  }
);
