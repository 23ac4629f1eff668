import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { ColumnRole } from "../../engine/read/columnRoles";
import type { Layout } from "../../engine/read/detectLayout";
import { isOutputSheetAddress } from "../../excel/outputSheets";
import type { SelectionInfo } from "../../excel/selection";
import type { SheetRegion } from "../../excel/sheetRegion";
import type { PaneStrings } from "../i18n/paneStrings";
import { readSelectedData, type SelectedData } from "./analyzeCustomers";

/** The data read from the selection, its layout and column roles as the user corrected them. */
export interface ColumnProposal {
  /** null until the selection has been read. */
  data: SelectedData | null;
  layout: Layout;
  setLayout: (layout: Layout) => void;
  roles: ColumnRole[];
  setRole: (column: number, role: ColumnRole) => void;
  /** Reads the selection (or the current region around one cell) and proposes its reading. */
  propose: () => Promise<void>;
  /**
   * Gives `region` up to another step (the marketing spend): when the reading came from it,
   * goes back to the reading before.
   */
  setAside: (region: SheetRegion) => void;
}

/**
 * The reading of the selection the user confirms column by column: proposed on Use selection,
 * and again whenever the user then selects another range of several cells (not on the result
 * sheets or the History sheet, not while a run is going). The same header keeps the user's
 * corrections.
 * `onRead` is told when a reading succeeds, `onError` when it fails.
 * @example
 * const proposal = useColumnProposal(selection, strings, run.running, run.reset, run.fail);
 * <Button onClick={proposal.propose} />
 * proposal.data?.header // -> ["Kundenummer", "Dato", "Beløb"]; proposal.roles // -> ["customer", "date", "amount"]
 */
export function useColumnProposal(
  selection: SelectionInfo | null,
  strings: PaneStrings,
  running: boolean,
  onRead: () => void,
  onError: (error: unknown) => void
): ColumnProposal {
  const [data, setData] = useState<SelectedData | null>(null);
  const [layout, setLayout] = useState<Layout>("transactions");
  const [roles, setRoles] = useState<ColumnRole[]>([]);
  /** The selection the roles were proposed for. */
  const proposedFor = useRef<string | null>(null);
  /** The reading before the latest, for setAside. */
  const before = useRef<{ data: SelectedData; layout: Layout; roles: ColumnRole[] } | null>(null);
  const range = selection?.kind === "range" ? selection : null;

  const propose = async () => {
    proposedFor.current = range?.address ?? null;
    try {
      const selected = await readSelectedData(strings);
      const sameColumns = data !== null && sameHeader(data.header, selected.header);
      before.current = data && { data, layout, roles };
      setData(selected);
      if (!sameColumns) {
        setLayout(selected.proposal.layout);
        setRoles(selected.proposal.roles);
      }
      onRead();
    } catch (error) {
      onError(error);
    }
  };

  // An effect event: it sees the latest state, but only a new selection triggers a new reading.
  const proposeFromMovedSelection = useEffectEvent(() => {
    if (!data || running || !range || range.rowCount * range.columnCount < 2) return;
    if (range.address === proposedFor.current) return;
    isOutputSheetAddress(range.address).then(
      (onOutput) => (onOutput ? undefined : propose()),
      onError
    );
  });

  useEffect(() => proposeFromMovedSelection(), [range?.address]);

  const setRole = (column: number, role: ColumnRole) =>
    setRoles((current) => current.map((old, index) => (index === column ? role : old)));

  const setAside = (region: SheetRegion) => {
    const previous = before.current;
    if (!previous || !data || !sameRegion(data.region, region)) return;
    setData(previous.data);
    setLayout(previous.layout);
    setRoles(previous.roles);
  };

  return { data, layout, setLayout, roles, setRole, propose, setAside };
}

/** Whether two regions are the same cells. */
function sameRegion(left: SheetRegion, right: SheetRegion): boolean {
  return (Object.keys(left) as (keyof SheetRegion)[]).every((key) => left[key] === right[key]);
}

/** Whether two header rows name the same columns in the same order. */
function sameHeader(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((name, column) => name === right[column]);
}
