import { InputError } from "../engine/inputError";
import type { PredictedClvOptions } from "../engine/models/predictedClv";
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
 * them (BG/NBD and MBG/NBD share r, alpha, a, b, so there `model` chooses), else by `model`.
 *
 * @throws InputError naming the argument (#VALUE!) for a parameter row of another shape or
 *   model, an unknown model, a model that contradicts the labels, or a setting that is no number.
 *
 * @example
 * readClvArguments([["r", "alpha", "s", "beta"], [0.553, 10.578, 0.606, 11.669]], [[6.25, 3.74, 15.44]]);
 * // { purchaseModel: PURCHASE_MODELS.PNBD, purchaseFit: { r: 0.553, … }, spendFit: { p: 6.25, q: 3.74, gamma: 15.44 },
 * //   options: { horizonMonths: 12, monthlyDiscountRate: 0.01, timeUnit: "W" } }
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

/** Which purchase model purchase_params holds: by its labels when it has them, else by `model`. */
function readModelName(purchaseParams: unknown, model: unknown): PurchaseModelName {
  const named = readModelArgument(model);
  const labels = parameterRowLabels(purchaseParams, "purchase_params");
  if (labels === undefined) return named ?? "BGNBD";
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
