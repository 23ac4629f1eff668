import type { CustomerGroups } from "../history/customerGroups";
import { channelKey } from "./channelNames";

/**
 * The attribute value of a customer's first purchase day, as first-touch attribution takes a
 * channel: the value of the first of that day's rows (in the log's order) that has one, as its
 * first spelling (`sameValue`, see firstSpellings); −1 when none of that day's rows has one.
 *
 * @param groups The log's rows grouped by customer, `customer` indexing its start.
 * @param rowAttribute Each grouped row's attribute position, −1 for a blank.
 * @param firstPurchaseDay The customer's first purchase day (a day serial).
 * @example
 * // K1's grouped rows: day 10 blank, day 10 "web", day 10 "Shop", day 12 "Web"; values ["Web", "web", "Shop"]
 * firstTouchValue(groups, Int32Array.of(-1, 1, 2, 0), 0, 10, firstSpellings(["Web", "web", "Shop"])); // 0: "web" is "Web"
 */
export function firstTouchValue(
  groups: CustomerGroups,
  rowAttribute: Int32Array,
  customer: number,
  firstPurchaseDay: number,
  sameValue: Int32Array
): number {
  for (let row = groups.start[customer]; row < groups.start[customer + 1]; row++) {
    if (groups.day[row] === firstPurchaseDay && rowAttribute[row] >= 0) {
      return sameValue[rowAttribute[row]];
    }
  }
  return -1;
}

/**
 * For each attribute value, the position of the first value that spells the same channel
 * (channelKey), so that "google ads " counts as the "Google Ads" before it.
 *
 * @example
 * firstSpellings(["Google Ads", "Meta", "google ads "]); // Int32Array [0, 1, 0]
 */
export function firstSpellings(values: readonly string[]): Int32Array {
  const firstOfKey = new Map<string, number>();
  return Int32Array.from(values, (value, position) => {
    const key = channelKey(value);
    const first = firstOfKey.get(key);
    if (first !== undefined) return first;
    firstOfKey.set(key, position);
    return position;
  });
}
