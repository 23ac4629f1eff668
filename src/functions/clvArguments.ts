import { InputError } from "../engine/inputError";
import type { PredictedClvOptions } from "../engine/models/predictedClv";
import { filledCellCount } from "./blankTail";
import { toMatrix } from "./broadcast";
import { readCellNumber } from "./cellValues";
import { GAMMA_GAMMA_SYMBOLS } from "./gammaGamma";
import { labelsMatch, parameterRowLabels, readParameterRow } from "./parameterRow";
import { PURCHASE_MODELS, type PurchaseModelName } from "./purchaseModels";
import { readSingleCell } from "./singleCell";
import { readTimeUnit } from "./timeUnitCell";

const DEFAULT_HORIZON_MONTHS = 12;
const DEFAULT_MONTHLY_DISCOUNT_RATE = 0.01;
const MODEL_NAMES = Object.keys(PURCHASE_MODELS) as PurchaseModelName[];

/**
 * The arguments CX.PCLV and CX.NEWCLV share: the purchase model and its fitted row, the
 * Gamma-Gamma row, and the horizon (default 12 months), monthly discount rate (default 0.01) and
 * time unit (default "W"). The purchase model is told by purchase_params' labels when it has
 * them (BG/NBD and MBG/NBD share r, alpha, a, b, so there `model` chooses), else by `model`, else
 * by the row's size where only the NBD has it (r, alpha): a row of four needs labels or `model`.
 *
 * @throws InputError naming the argument (#VALUE!) for a parameter row of another shape or
 *   model, an unknown model, a model that contradicts the labels, a row of four parameters with
 *   neither labels nor model, or a setting that is no number.
 *
 * @example
 * readClvArguments([["r", "alpha", "s", "beta"], [0.553, 10.578, 0.606, 11.669]], [[6.25, 3.74, 15.44]]);
 * // { purchaseModel: PURCHASE_MODELS.PNBD, purchaseFit: { r: 0.553, … }, spendFit: { p: 6.25, q: 3.74, gamma: 15.44 },
 * //   options: { horizonMonths: 12, monthlyDiscountRate: 0.01, timeUnit: "W" } }
 * readClvArguments([[0.385, 12.072]], [[6.25, 3.74, 15.44]]); // purchaseModel: PURCHASE_MODELS.NBD, …
 * readClvArguments([[0.553, 10.578, 0.606, 11.669]], [[6.25, 3.74, 15.44]]);
 * // throws 'model: purchase_params has no labels, so say which model fitted it: …'
 */
export function readClvArguments(
  purchaseParams: unknown,
  spendParams: unknown,
  horizonMonths?: unknown,
  monthlyDiscountRate?: unknown,
  timeUnit?: unknown,
  model?: unknown
) {
  const purchaseModel = PURCHASE_MODELS[readModelName(purchaseParams, model)];
  const options: PredictedClvOptions = {
    horizonMonths:
      readCellNumber(readSingleCell(horizonMonths, "horizon_months"), "horizon_months") ??
      DEFAULT_HORIZON_MONTHS,
    monthlyDiscountRate:
      readCellNumber(
        readSingleCell(monthlyDiscountRate, "monthly_discount_rate"),
        "monthly_discount_rate"
      ) ?? DEFAULT_MONTHLY_DISCOUNT_RATE,
    timeUnit: readTimeUnit(timeUnit, "W"),
  };
  return {
    purchaseModel,
    purchaseFit: readParameterRow(purchaseParams, purchaseModel.symbols, "purchase_params"),
    spendFit: readParameterRow(spendParams, GAMMA_GAMMA_SYMBOLS, "spend_params"),
    options,
  };
}

/**
 * Which purchase model purchase_params holds: by its labels when it has them, else by `model`,
 * else by its size where that is unambiguous (see modelOfUnlabelledRow).
 */
function readModelName(purchaseParams: unknown, model: unknown): PurchaseModelName {
  const named = readModelArgument(model);
  const labels = parameterRowLabels(purchaseParams, "purchase_params");
  if (labels === undefined) return named ?? modelOfUnlabelledRow(purchaseParams);
  const matching = MODEL_NAMES.filter((name) => labelsMatch(labels, PURCHASE_MODELS[name].symbols));
  if (matching.length === 0) {
    throw new InputError(
      "purchase_params",
      `has the labels ${labels.join(", ")}; give the row from CX.BGNBD.FIT, CX.MBGNBD.FIT, CX.PNBD.FIT or CX.NBD.FIT`,
      "value"
    );
  }
  if (named === undefined) return matching[0];
  if (!matching.includes(named)) {
    throw new InputError(
      "model",
      `"${named}" does not match purchase_params, whose labels are ${labels.join(", ")}`,
      "value"
    );
  }
  return named;
}

/**
 * The model of a row without labels or `model`, told by its size: two parameters (three with LL)
 * are the NBD's; four could be BG/NBD's, MBG/NBD's or Pareto/NBD's, which only `model` can tell.
 * The row is a single one here: parameterRowLabels has checked its shape.
 */
function modelOfUnlabelledRow(purchaseParams: unknown): PurchaseModelName {
  const cells = filledCellCount(toMatrix(purchaseParams)[0]);
  const nbd = PURCHASE_MODELS.NBD.symbols.length;
  if (cells === nbd || cells === nbd + 1) return "NBD";
  const fourParameters = PURCHASE_MODELS.BGNBD.symbols.length;
  if (cells === fourParameters || cells === fourParameters + 1) {
    throw new InputError(
      "model",
      'purchase_params has no labels, so say which model fitted it: "BGNBD", "MBGNBD" or "PNBD" (or spill the fit with labels TRUE)',
      "value"
    );
  }
  throw new InputError(
    "purchase_params",
    `has ${cells} cells; give the row from CX.BGNBD.FIT, CX.MBGNBD.FIT or CX.PNBD.FIT (4 parameters) or CX.NBD.FIT (2), optionally followed by LL`,
    "value"
  );
}

/** The [model] argument, case-insensitive, or undefined when left out. */
function readModelArgument(model: unknown): PurchaseModelName | undefined {
  const cell = readSingleCell(model, "model");
  if (cell === undefined) return undefined;
  const name = typeof cell === "string" ? cell.trim().toUpperCase() : "";
  const known = MODEL_NAMES.find((candidate) => candidate === name);
  if (known === undefined) {
    throw new InputError("model", 'must be "BGNBD", "MBGNBD", "PNBD" or "NBD"', "value");
  }
  return known;
}
