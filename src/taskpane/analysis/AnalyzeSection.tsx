import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Language } from "../../engine/language";
import { overlaps } from "../../excel/placedRange";
import type { SelectionInfo } from "../../excel/selection";
import type { PaneStrings } from "../i18n/paneStrings";
import { OPTION_CHOICES, rememberedAnalysisOptions, type AnalysisOptions } from "./analysisOptions";
import { ChoiceField } from "./ChoiceField";
import { choiceLabels } from "./optionLabels";
import { OptionsForm } from "./OptionsForm";
import { PaneMessageError } from "./paneMessageError";
import { outcomeText } from "./outcomeText";
import { progressText } from "./progressText";
import { regionText } from "./regionText";
import { RoleFields } from "./RoleFields";
import { columnLabels } from "./columnLabels";
import { breakdownColumns } from "./roleChoices";
import { SelectCellButton } from "./SelectCellButton";
import { SpendSection } from "./SpendSection";
import { useAnalysisRun } from "./useAnalysisRun";
import { useColumnProposal } from "./useColumnProposal";
import { useSpendSelection } from "./useSpendSelection";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/**
 * "Analyze customers", the pane's one action: propose a layout and column roles from the
 * selection (again whenever the user selects another range of several cells), let the user
 * correct them and open the options, then run the analysis with progress and Cancel, and say
 * how it went.
 * @example
 * <AnalyzeSection language="da" locale="da-DK" strings={stringsByLanguage.da} selection={selection} />
 */
export function AnalyzeSection({
  language,
  locale,
  strings,
  selection,
}: {
  language: Language;
  locale: string;
  strings: PaneStrings;
  /** The live selection, to read again when it moves to another range. */
  selection: SelectionInfo | null;
}) {
  const styles = useStyles();
  const number = new Intl.NumberFormat(locale);
  const run = useAnalysisRun(strings, language, locale);
  const { data, layout, setLayout, roles, setRole, propose, setAside } = useColumnProposal(
    selection,
    strings,
    run.running,
    run.reset,
    run.fail
  );
  const spend = useSpendSelection(strings, run.fail, setAside);
  const [options, setOptions] = useState<AnalysisOptions>(rememberedAnalysisOptions);
  const setOption = <Key extends keyof AnalysisOptions>(key: Key, value: AnalysisOptions[Key]) =>
    setOptions((current) => ({ ...current, [key]: value }));
  const { state } = run;
  const timeUnits = choiceLabels(strings).timeUnit;
  const labels = data ? columnLabels(data.header, data.region, strings) : [];
  // A spend range in the log's own cells (Use selection of the spend step while the log was
  // selected) would read the transactions as spend.
  const spendRegion = spend.selection?.region;
  const spendOverLog =
    layout === "transactions" &&
    data !== null &&
    spendRegion !== undefined &&
    spendRegion.sheetName === data.region.sheetName &&
    overlaps(spendRegion, data.region);
  /** Run keeps the focus while it is disabled (disabledFocusable); Cancel hands it back there. */
  const runButton = useRef<HTMLButtonElement>(null);

  return (
    <section className={styles.section} data-testid="analyze">
      <Subtitle2 as="h2">{strings.heading}</Subtitle2>
      <Caption1>{strings.analyzeIntro}</Caption1>
      <Button onClick={propose} disabled={run.running} data-testid="use-selection">
        {strings.useSelection}
      </Button>
      {data && (
        <>
          <Caption1 data-testid="data-range">
            {regionText(data.region, strings, number.format)}
          </Caption1>
          <ChoiceField
            label={strings.layout}
            value={layout}
            choices={[
              ["transactions", strings.layoutTransactions],
              ["customers", strings.layoutCustomers],
              ["subscriptions", strings.subscriptions.layout],
            ]}
            onChange={setLayout}
            testId="layout"
          />
          {layout === "customers" && (
            <>
              <Caption1 data-testid="customer-table-hint">{strings.customerTableHint}</Caption1>
              <ChoiceField
                label={strings.timeUnit}
                value={options.timeUnit}
                choices={OPTION_CHOICES.timeUnit.map((unit) => [unit, timeUnits[unit]] as const)}
                onChange={(unit) => setOption("timeUnit", unit)}
                testId="option-timeUnit"
              />
            </>
          )}
          {layout === "subscriptions" && (
            <>
              <Caption1 data-testid="subscription-table-hint">
                {strings.subscriptions.hint}
              </Caption1>
              <ChoiceField
                label={strings.subscriptions.period}
                value={options.period}
                choices={OPTION_CHOICES.period.map(
                  (period) => [period, strings.periods[period]] as const
                )}
                onChange={(period) => setOption("period", period)}
                testId="option-period"
              />
            </>
          )}
          <RoleFields
            labels={labels}
            roles={roles}
            layout={layout}
            strings={strings}
            onChange={setRole}
          />
        </>
      )}
      {layout === "transactions" && (
        <SpendSection
          step={spend}
          strings={strings}
          locale={locale}
          disabled={run.running}
          overLog={spendOverLog}
        />
      )}
      <OptionsForm
        options={options}
        onChange={setOption}
        layout={layout}
        breakdownChoices={breakdownColumns(roles).map(
          (column) => [column, labels[column]] as const
        )}
        strings={strings}
        locale={locale}
      />
      <div className={styles.row}>
        {/* Focusable while it runs: a disabled button would drop the focus to the page. */}
        <Button
          ref={runButton}
          appearance="primary"
          onClick={() => {
            if (!data) return;
            if (spendOverLog) run.fail(new PaneMessageError(strings.channels.spendOverLog));
            else run.start({ data, layout, roles, options, spend: spend.read });
          }}
          disabled={!data}
          disabledFocusable={run.running}
          data-testid="run-analysis"
        >
          {strings.run}
        </Button>
        {run.running && (
          <Button
            onClick={() => {
              // Cancel goes once the run has stopped: the focus goes back to Run first.
              runButton.current?.focus();
              run.cancel();
            }}
            data-testid="cancel-analysis"
          >
            {strings.cancel}
          </Button>
        )}
      </div>
      {state.kind === "running" && (
        <Field
          label={progressText(state.progress, strings, number)}
          data-testid="analysis-progress"
        >
          <ProgressBar
            value={
              state.progress.total > 0 ? state.progress.done / state.progress.total : undefined
            }
          />
        </Field>
      )}
      {state.kind === "finished" && (
        <MessageBar
          intent={
            state.outcome.kind === "cancelled"
              ? "info"
              : state.outcome.unfinished
                ? "warning"
                : "success"
          }
          data-testid="analysis-outcome"
        >
          <MessageBarBody>{outcomeText(state.outcome, strings, number)}</MessageBarBody>
          {state.outcome.kind !== "cancelled" && state.outcome.firstSkippedCell && (
            <MessageBarActions>
              <SelectCellButton
                cell={state.outcome.firstSkippedCell}
                label={strings.selectFirstSkipped}
                testId="select-first-skipped"
              />
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error" data-testid="analysis-error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
