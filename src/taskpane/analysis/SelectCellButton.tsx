import { Button } from "@fluentui/react-components";
import { selectCell, type SheetCell } from "../../excel/selectCell";

/**
 * A small button that takes the user to a cell (the first skipped row's unusable one), for a
 * message bar's actions.
 * @example
 * <SelectCellButton cell={{ sheetName: "Orders", rowIndex: 5, columnIndex: 2 }}
 *   label={strings.selectFirstSkipped} testId="select-first-skipped" />
 */
export function SelectCellButton({
  cell,
  label,
  testId,
}: {
  cell: SheetCell;
  label: string;
  testId: string;
}) {
  return (
    <Button size="small" data-testid={testId} onClick={() => void selectCell(cell)}>
      {label}
    </Button>
  );
}
