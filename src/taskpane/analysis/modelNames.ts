import type { PurchaseModelName } from "../../engine/models/purchaseModel";

/**
 * The models' names as their papers write them, the same in every language.
 * @example
 * MODEL_NAMES.pnbd // -> "Pareto/NBD"
 */
export const MODEL_NAMES: Record<PurchaseModelName | "gg", string> = {
  bgnbd: "BG/NBD",
  mbgnbd: "MBG/NBD",
  nbd: "NBD",
  pnbd: "Pareto/NBD",
  gg: "Gamma-Gamma",
};
