import { useEffect, useState } from "react";
import { SelectionInfo, watchSelection } from "../excel/selection";

/**
 * The current selection's address and size, kept up to date while the pane is open.
 * @example
 * const selection = useSelection(); // -> { address: "Sheet1!A1:C10", rowCount: 10, columnCount: 3 } or null
 */
export function useSelection(): SelectionInfo | null {
  const [selection, setSelection] = useState<SelectionInfo | null>(null);
  useEffect(() => {
    let stop: (() => Promise<void>) | undefined;
    let active = true;
    watchSelection((info) => active && setSelection(info))
      .then((stopWatching) => (active ? (stop = stopWatching) : void stopWatching()))
      .catch(() => setSelection(null));
    return () => {
      active = false;
      void stop?.();
    };
  }, []);
  return selection;
}
