import type { BatchRequest, InitializeResponse, TransportKind } from "./protocol";
import { Workbook } from "./workbook";

/** Office's message for a common API refused in cell-edit mode (error 5004, office-js#761). */
const INVALID_API_CALL = "Invalid API call in the current context.";

/**
 * The Node end of the page binding: answers the Office.js double's messages from the workbook model.
 * @example
 * const host = new OfficeHost(new Workbook(), "da-DK");
 * await page.exposeFunction(TRANSPORT_BINDING, (kind: TransportKind, payload: string) => host.receive(kind, payload));
 */
export class OfficeHost {
  /** Whether the task pane is shown, as `Office.addin.showAsTaskpane()` / `hide()` last left it. */
  taskpaneVisible = true;

  constructor(
    readonly workbook: Workbook,
    readonly displayLanguage: string
  ) {}

  /** Handles one message and returns the serialised answer. */
  receive(kind: TransportKind, payload: string): string | Promise<string> {
    switch (kind) {
      case "initialize": {
        const response: InitializeResponse = {
          displayLanguage: this.displayLanguage,
          settings: Object.fromEntries(this.workbook.settings),
        };
        return JSON.stringify(response);
      }
      case "sync":
        return this.workbook.cellBeingEdited
          ? this.syncAfterCellEdit(payload)
          : this.workbook.execute(payload);
      case "saveSettings": {
        // Common APIs are refused in cell-edit mode, and delayForCellEdit is Excel's alone (office-js#761).
        if (this.workbook.cellBeingEdited) throw new Error(INVALID_API_CALL);
        if (this.workbook.takeSettingsSaveFailure())
          throw new Error("The settings could not be saved to the document.");
        this.workbook.settings.clear();
        Object.entries(JSON.parse(payload) as Record<string, unknown>).forEach(([name, value]) =>
          this.workbook.settings.set(name, value)
        );
        return "{}";
      }
      case "taskpane":
        this.taskpaneVisible = payload === "show";
        return "{}";
    }
  }

  /**
   * A batch sent while the user edits a cell: one that asked to wait (delayForCellEdit) runs once
   * they leave the cell, any other is refused as Excel refuses it.
   */
  private async syncAfterCellEdit(payload: string): Promise<string> {
    const { delayForCellEdit } = JSON.parse(payload) as BatchRequest;
    while (delayForCellEdit && this.workbook.cellBeingEdited)
      await this.workbook.cellEditFinished();
    return this.workbook.execute(payload);
  }
}
