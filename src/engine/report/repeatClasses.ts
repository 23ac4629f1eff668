/**
 * Classes of repeat purchases the model checks count customers in: 0, 1, …, 6 and, in the
 * last, 7 or more (FHL 2005, Figures 2 and 4).
 * @example
 * Math.min(x, REPEAT_CLASSES - 1); // the class of a customer with x repeat purchases: 9 → 7, "7+"
 */
export const REPEAT_CLASSES = 8;
