import type { Attribution } from "../channels/acquisitionChannel";
import { channelTable, type ChannelTable } from "../channels/channelTable";
import type { SpendTable } from "../channels/spendTable";
import type { TransactionLog } from "../read/transactionLog";
import type { CustomerAnalysis } from "./customerAnalysis";

/** A run's marketing spend and how its customers are given their acquisition channel. */
export interface ChannelSpend {
  table: SpendTable;
  /** Default "first_touch". */
  attribution?: Attribution;
}

/**
 * A run's Channels table: channelTable on the log its customers were analyzed from, with their
 * predicted CLV (already × the gross margin, as channelTable expects), the run's gross margin and
 * horizon, so the payback curve projects over the months the CLV covers. The log's attribute
 * (the pane's channel column) names each row's channel; undefined when the log carries none.
 *
 * @throws InputError as channelTable does.
 *
 * @example
 * const customers = customerAnalysis(log, { grossMargin: 0.4 });
 * const table = analysisChannels(log, customers, { table: readSpendTable({ channel, spend }) });
 * table?.rows.map((row) => row.kind); // ["channel", "channel", "noSpend", "all"]
 * analysisChannels(logWithoutChannels, customers, spend); // undefined
 */
export function analysisChannels(
  log: TransactionLog,
  customers: CustomerAnalysis,
  spend: ChannelSpend
): ChannelTable | undefined {
  if (!log.attribute) return undefined;
  const { grossMargin, horizonMonths } = customers.settings;
  return channelTable(log, customers, spend.table, {
    predictedClv: customers.predictedClv,
    grossMargin,
    horizonMonths,
    attribution: spend.attribution,
  });
}
