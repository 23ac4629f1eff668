import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
} from "@fluentui/react-components";
import { ATTRIBUTIONS } from "../../engine/channels/acquisitionChannel";
import type { SpendSkipReason } from "../../engine/channels/spendTable";
import { regionAddress } from "../../excel/sheetRegion";
import type { PaneStrings } from "../i18n/paneStrings";
import { ChoiceField } from "./ChoiceField";
import { SelectCellButton } from "./SelectCellButton";
import { SPEND_ROLES } from "./spendSelection";
import type { SpendStep } from "./useSpendSelection";

/**
 * The optional second step, marketing spend: Use selection reads the spend table, one dropdown
 * per column proposes its role (channel, spend, month, the platform's new customers), another
 * the attribution, Clear forgets it; the rows the last reading skipped are counted by reason,
 * with a button to the first.
 * @example
 * <SpendSection step={useSpendSelection(strings, run.fail, proposal.setAside)} strings={strings} locale="da-DK" disabled={run.running} />
 */
export function SpendSection({
  step,
  strings,
  locale,
  disabled,
  overLog,
}: {
  step: SpendStep;
  strings: PaneStrings;
  locale: string;
  disabled: boolean;
  /** The spend range shares cells with the log the run reads: said, as the run refuses it. */
  overLog: boolean;
}) {
  const texts = strings.channels;
  const { selection, lastRead } = step;
  const number = new Intl.NumberFormat(locale).format;
  const reasons = lastRead
    ? (Object.entries(lastRead.skipped) as [SpendSkipReason, number][]).filter(
        ([, count]) => count > 0
      )
    : [];
  const skipped = reasons.reduce((sum, [, count]) => sum + count, 0);
  return (
    <>
      <Subtitle2 as="h3">{texts.spendHeading}</Subtitle2>
      <Caption1>{texts.spendIntro}</Caption1>
      <Button onClick={step.choose} disabled={disabled} data-testid="spend-use-selection">
        {texts.spendUseSelection}
      </Button>
      {selection && (
        <>
          <Caption1 data-testid="spend-range">
            {/* A table by its name: it is read as it is at each run, not at this address. */}
            {texts.spendRange(selection.region.tableName ?? regionAddress(selection.region))}
          </Caption1>
          {selection.header.map((name, column) => (
            <ChoiceField
              key={column}
              label={strings.columnRole(name)}
              value={selection.roles[column]}
              choices={SPEND_ROLES.map((role) => [role, texts.spendRoles[role]] as const)}
              onChange={(role) => step.setRole(column, role)}
              testId={`spend-role-${column}`}
            />
          ))}
          <ChoiceField
            label={texts.attribution}
            value={selection.attribution}
            choices={ATTRIBUTIONS.map((choice) => [choice, texts.attributions[choice]] as const)}
            onChange={step.setAttribution}
            testId="spend-attribution"
          />
          <Button onClick={step.clear} disabled={disabled} data-testid="spend-clear">
            {texts.spendClear}
          </Button>
        </>
      )}
      {skipped > 0 && lastRead && (
        <MessageBar intent="warning" data-testid="spend-skipped">
          <MessageBarBody>
            {texts.spendSkipped(
              skipped,
              reasons
                .map(([reason, count]) => texts.spendSkipReasons[reason](number(count)))
                .join(", "),
              number
            )}
          </MessageBarBody>
          {lastRead.firstSkippedCell && (
            <MessageBarActions>
              <SelectCellButton
                cell={lastRead.firstSkippedCell}
                label={texts.selectFirstSkippedSpend}
                testId="select-first-skipped-spend"
              />
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {overLog && (
        <MessageBar intent="warning" data-testid="spend-over-log">
          <MessageBarBody>{texts.spendOverLog}</MessageBarBody>
        </MessageBar>
      )}
      {lastRead?.rowsUnderTable && (
        <MessageBar intent="warning" data-testid="spend-rows-under-table">
          <MessageBarBody>{strings.rowsUnderTable(lastRead.rowsUnderTable)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
