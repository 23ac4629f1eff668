import { useState } from "react";
import type { Attribution } from "../../engine/channels/acquisitionChannel";
import type { ChannelSpend } from "../../engine/report/analysisChannels";
import type { SheetRegion } from "../../excel/sheetRegion";
import type { SpendRole } from "../i18n/channelStrings";
import type { PaneStrings } from "../i18n/paneStrings";
import {
  readSpend,
  rememberedSpend,
  rememberSpend,
  selectedSpend,
  type SpendRead,
  type SpendSelection,
} from "./spendSelection";

/** The marketing spend step's state and what the pane can do with it. */
export interface SpendStep {
  /** The spend table in use, kept in the workbook; null without one. */
  selection: SpendSelection | null;
  /** What the last reading of the spend table skipped; null before one. */
  lastRead: Omit<SpendRead, "spend"> | null;
  /** Reads the selection as the spend table. */
  choose: () => Promise<void>;
  clear: () => Promise<void>;
  setRole: (column: number, role: SpendRole) => void;
  setAttribution: (attribution: Attribution) => void;
  /** Reads the spend table's rows for a run; undefined without a spend table. */
  read: () => Promise<ChannelSpend | undefined>;
}

/**
 * The optional marketing spend step: the spend table chosen with Use selection, its columns'
 * roles and the attribution as the user corrects them, all kept in the workbook like the
 * options (the range by reference: the run reads its cells again). `onError` is told when a
 * reading fails or the choices cannot be saved, `onChosen` of the range each Use selection takes.
 * @example
 * const spend = useSpendSelection(strings, run.fail, proposal.setAside);
 * <Button onClick={spend.choose} />
 * await run.start({ …, spend: spend.read });
 */
export function useSpendSelection(
  strings: PaneStrings,
  onError: (error: unknown) => void,
  onChosen: (region: SheetRegion) => void
): SpendStep {
  const [selection, setSelection] = useState<SpendSelection | null>(rememberedSpend);
  const [lastRead, setLastRead] = useState<Omit<SpendRead, "spend"> | null>(null);

  const keep = (next: SpendSelection | null) => {
    setSelection(next);
    rememberSpend(next).catch(onError);
  };

  const readAndReport = async (chosen: SpendSelection): Promise<ChannelSpend> => {
    const { spend, ...report } = await readSpend(chosen, strings);
    setLastRead(report);
    return spend;
  };

  const choose = async () => {
    let chosen: SpendSelection;
    try {
      chosen = await selectedSpend(strings);
    } catch (error) {
      onError(error);
      return;
    }
    onChosen(chosen.region);
    keep(chosen);
    setLastRead(null);
    // The range is the spend table even when its rows need other roles: the user corrects them.
    await readAndReport(chosen).catch(onError);
  };

  const update = (change: Partial<SpendSelection>) => {
    if (selection) keep({ ...selection, ...change });
  };

  return {
    selection,
    lastRead,
    choose,
    clear: async () => {
      setLastRead(null);
      setSelection(null);
      await rememberSpend(null).catch(onError);
    },
    setRole: (column, role) =>
      update({ roles: selection?.roles.map((old, index) => (index === column ? role : old)) }),
    setAttribution: (attribution) => update({ attribution }),
    read: async () => (selection ? readAndReport(selection) : undefined),
  };
}
