import type { CustomerHistory } from "../history/customerHistory";
import { InputError } from "../inputError";
import { firstSpellings, firstTouchValue } from "./firstTouch";
import type { HistoryRows } from "./historyRows";

/** Which of a customer's channels acquired them. */
export type Attribution = "first_touch" | "last_touch" | "most_orders";

/** Every attribution, the default first. */
export const ATTRIBUTIONS: readonly Attribution[] = ["first_touch", "last_touch", "most_orders"];

/**
 * Each customer's acquisition channel, as a position in the log's attribute values (−1 when
 * none of their rows names one), aligned with the history:
 * - **first_touch** (the default): the channel of their first purchase day's rows; when they
 *   name different channels, the first of them in the log wins; when none names one, none;
 * - **last_touch**: the channel of their latest row that names one, the later row in the log on
 *   a tie (the customer history's attribute);
 * - **most_orders**: the channel most of their orders came through, an order being a row of 0 or
 *   more, and an order id counted once, under the channel of its first such row; on a tie the
 *   channel whose first order came first. Spellings of one channel (channelKey: "Google Ads"
 *   and "google ads ") count together, under the one the log wrote first.
 *
 * @example
 * // K1: "Web" on day 10 and day 12, "Shop" on day 11 (two rows, one order id)
 * acquisitionChannels(rows, history, "first_touch"); // Int32Array [0]: Web
 * acquisitionChannels(rows, history, "last_touch"); // Int32Array [0]: Web, day 12
 * acquisitionChannels(rows, history, "most_orders"); // Int32Array [0]: Web 2 orders, Shop 1
 */
export function acquisitionChannels(
  rows: HistoryRows,
  history: CustomerHistory,
  attribution: Attribution
): Int32Array {
  const customers = history.customerIds.length;
  const { attribute } = rows;
  if (attribute === undefined) return new Int32Array(customers).fill(-1);
  if (attribution === "last_touch") return history.attribute.slice();
  const channel = new Int32Array(customers);
  const { start, day, amount } = rows.groups;
  const channelCount = history.attributeValues.length;
  // Per channel, the current customer's orders and first order (day, row): a slot belongs to
  // the customer whose mark it holds, so nothing is cleared between customers.
  const orders = new Int32Array(channelCount);
  const firstOrderDay = new Int32Array(channelCount);
  const firstOrderRow = new Int32Array(channelCount);
  const channelOwner = new Int32Array(channelCount);
  const orderOwner = new Int32Array(rows.orderCount);
  const sameChannel = firstSpellings(history.attributeValues);
  for (let customer = 0; customer < customers; customer++) {
    const logCustomer = rows.logCustomer[customer];
    const mark = customer + 1;
    if (attribution === "first_touch") {
      const firstPurchase = history.firstPurchase[customer];
      channel[customer] = firstTouchValue(
        rows.groups,
        attribute,
        logCustomer,
        firstPurchase,
        sameChannel
      );
      continue;
    }
    let chosen = -1;
    let chosenDay = Infinity;
    let chosenRow = Infinity;
    for (let row = start[logCustomer]; row < start[logCustomer + 1]; row++) {
      if (attribute[row] < 0) continue;
      const value = sameChannel[attribute[row]];
      if (!(amount[row] >= 0)) continue;
      const order = rows.order === undefined ? -1 : rows.order[row];
      if (order >= 0) {
        if (orderOwner[order] === mark) continue;
        orderOwner[order] = mark;
      }
      if (channelOwner[value] !== mark) {
        channelOwner[value] = mark;
        orders[value] = 0;
        firstOrderDay[value] = day[row];
        firstOrderRow[value] = row;
      } else if (day[row] < firstOrderDay[value]) {
        firstOrderDay[value] = day[row];
        firstOrderRow[value] = row;
      }
      orders[value]++;
    }
    if (attribution === "most_orders") {
      let most = 0;
      for (let value = 0; value < channelCount; value++) {
        if (channelOwner[value] !== mark) continue;
        const earlier =
          firstOrderDay[value] < chosenDay ||
          (firstOrderDay[value] === chosenDay && firstOrderRow[value] < chosenRow);
        if (orders[value] > most || (orders[value] === most && earlier)) {
          chosen = value;
          most = orders[value];
          chosenDay = firstOrderDay[value];
          chosenRow = firstOrderRow[value];
        }
      }
    }
    channel[customer] = chosen;
  }
  return channel;
}

/**
 * An attribution given as text: "first_touch" (or "first"), "last_touch" ("last") or
 * "most_orders" ("most"), any case, spaces or hyphens for underscores.
 *
 * @throws InputError on `argument` (kind "value") for anything else.
 * @example
 * readAttribution("Last touch", "attribution"); // "last_touch"
 * readAttribution("most", "attribution"); // "most_orders"
 */
export function readAttribution(text: string, argument: string): Attribution {
  const wanted = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  const attribution = ATTRIBUTIONS.find(
    (name) => name === wanted || name.slice(0, name.indexOf("_")) === wanted
  );
  if (attribution === undefined) {
    throw new InputError(argument, `must be one of ${ATTRIBUTIONS.join(", ")}`, "value");
  }
  return attribution;
}
