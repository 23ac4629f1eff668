import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  ProgressBar,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { AnalysisModel } from "../../engine/report/customerModels";
import type { Layout } from "../../engine/read/detectLayout";
import type { Language } from "../../engine/language";
import { selectCell } from "../../excel/selectCell";
import type { ColumnRole } from "../../engine/read/columnRoles";
import { isOutputSheetAddress } from "../../excel/outputSheets";
import type { SelectionInfo } from "../../excel/selection";
import { analysisStringsByLanguage, type AnalysisStrings } from "../i18n/analysisStrings";
import type { Strings } from "../i18n/strings";
import { PaneMessageError } from "../summarizeSelection";
import {
  AnalysisOptions,
  engineOptions,
  rememberAnalysisOptions,
  rememberedAnalysisOptions,
} from "./analysisOptions";
import {
  analyzeCustomers,
  AnalysisOutcome,
  AnalysisProgress,
  readSelectedData,
  SelectedData,
} from "./analyzeCustomers";
import type { SkippedRowReason } from "../../engine/read/skipReasons";
import { AnalysisFailed, analyzeInWorker } from "./analyzeInWorker";
import { ChoiceField } from "./ChoiceField";

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

/** The roles offered for every column, by layout. */
const ROLE_CHOICES: Record<Layout, readonly ColumnRole[]> = {
  transactions: ["customer", "date", "amount", "channel", "attribute", "ignore"],
  customers: [
    "customer",
    "x",
    "tx",
    "T",
    "recency",
    "frequency",
    "monetary",
    "channel",
    "attribute",
    "ignore",
  ],
};

type RunState =
  | { kind: "idle" }
  | { kind: "running"; progress: AnalysisProgress }
  | { kind: "finished"; outcome: AnalysisOutcome }
  | { kind: "failed"; message: string };

/**
 * "Analyze customers": propose a layout and column roles from the selection (again whenever the
 * user selects another range of several cells), let the user correct them and set the options,
 * then run the full analysis with progress and Cancel.
 */
export function AnalyzeSection({
  language,
  locale,
  strings,
  selection,
}: {
  language: Language;
  locale: string;
  strings: Strings;
  /** The live selection, to read again when it moves to another range. */
  selection: SelectionInfo | null;
}) {
  const text = analysisStringsByLanguage[language];
  const styles = useStyles();
  const number = new Intl.NumberFormat(locale);
  const [data, setData] = useState<SelectedData | null>(null);
  const [layout, setLayout] = useState<Layout>("transactions");
  const [roles, setRoles] = useState<ColumnRole[]>([]);
  /** The selection the roles were proposed for. */
  const proposedFor = useRef<string | null>(null);
  const [options, setOptions] = useState<AnalysisOptions>(rememberedAnalysisOptions);
  const [run, setRun] = useState<RunState>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);
  const running = run.kind === "running";

  const fail = (error: unknown) =>
    setRun({
      kind: "failed",
      message:
        error instanceof PaneMessageError || error instanceof AnalysisFailed
          ? error.message
          : strings.errorUnexpected(error instanceof Error ? error.message : String(error)),
    });

  const proposeFromSelection = async () => {
    proposedFor.current = selection?.address ?? null;
    try {
      const selected = await readSelectedData(strings);
      // The same columns keep the user's corrections.
      const sameColumns = data !== null && sameHeader(data.header, selected.header);
      setData(selected);
      if (!sameColumns) {
        setLayout(selected.proposal.layout);
        setRoles(selected.proposal.roles);
      }
      setRun({ kind: "idle" });
    } catch (error) {
      fail(error);
    }
  };

  // An effect event: it sees the latest state, but only a new selection triggers a new reading.
  const proposeFromMovedSelection = useEffectEvent(() => {
    if (!data || running || !selection || selection.rowCount * selection.columnCount < 2) return;
    if (selection.address === proposedFor.current || isOutputSheetAddress(selection.address))
      return;
    void proposeFromSelection();
  });

  // Another range of several cells selected after a proposal, not on the results: read it instead.
  useEffect(() => proposeFromMovedSelection(), [selection?.address]);

  const breakdownChoices = data
    ? data.header.filter(
        (_, column) => roles[column] === "channel" || roles[column] === "attribute"
      )
    : [];

  const start = async () => {
    if (!data) return;
    const checked = engineOptions(options);
    if (typeof checked === "string") {
      setRun({ kind: "failed", message: text.invalidOption(optionLabel(text, checked)) });
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setRun({ kind: "running", progress: { stage: "reading", done: 0, total: 0 } });
    try {
      await rememberAnalysisOptions(options);
      const breakdownColumn = breakdownChoices.includes(options.breakdownHeader)
        ? data.header.indexOf(options.breakdownHeader)
        : -1;
      const outcome = await analyzeCustomers({
        data,
        layout,
        roles: roles.map((role) => (ROLE_CHOICES[layout].includes(role) ? role : "ignore")),
        timeUnit: options.timeUnit,
        breakdownColumn,
        options: checked,
        strings: text,
        language,
        locale,
        runEngine: analyzeInWorker,
        signal: controller.signal,
        onProgress: (progress) => setRun({ kind: "running", progress }),
      });
      setRun({ kind: "finished", outcome });
    } catch (error) {
      fail(error);
    } finally {
      abort.current = null;
    }
  };

  const setOption = <K extends keyof AnalysisOptions>(key: K, value: AnalysisOptions[K]) =>
    setOptions((current) => ({ ...current, [key]: value }));
  const numberInput = (
    key: "rfmBins" | "grossMarginPercent" | "monthlyDiscountPercent" | "horizonMonths",
    label: string
  ) => (
    <Field label={label}>
      <Input
        type="number"
        value={String(options[key])}
        onChange={(_, input) => setOption(key, input.value === "" ? NaN : Number(input.value))}
        data-testid={`option-${key}`}
      />
    </Field>
  );

  return (
    <section className={styles.section} data-testid="analyze">
      <Subtitle2 as="h2">{text.heading}</Subtitle2>
      <Caption1>{text.intro}</Caption1>
      <Button onClick={proposeFromSelection} disabled={running} data-testid="use-selection">
        {text.useSelection}
      </Button>
      {data && (
        <>
          <ChoiceField
            label={text.layout}
            value={layout}
            choices={[
              ["transactions", text.layoutTransactions],
              ["customers", text.layoutCustomers],
            ]}
            onChange={setLayout}
            testId="layout"
          />
          {layout === "customers" && (
            <>
              <Caption1 data-testid="customer-table-hint">{text.customerTableHint}</Caption1>
              <ChoiceField
                label={text.timeUnit}
                value={options.timeUnit}
                choices={(["D", "W", "M"] as const).map((unit) => [unit, text.timeUnits[unit]])}
                onChange={(unit) => setOption("timeUnit", unit)}
                testId="option-timeUnit"
              />
            </>
          )}
          {data.header.map((header, column) => {
            const offered = ROLE_CHOICES[layout];
            const role = offered.includes(roles[column]) ? roles[column] : "ignore";
            const choices = offered;
            return (
              <Field key={column} label={text.columnRole(header)}>
                <Dropdown
                  value={text.roles[role]}
                  selectedOptions={[role]}
                  onOptionSelect={(_, choice) =>
                    setRoles((current) =>
                      current.map((old, index) =>
                        index === column ? ((choice.optionValue as ColumnRole) ?? old) : old
                      )
                    )
                  }
                  data-testid={`role-${column}`}
                >
                  {choices.map((choice) => (
                    <Option key={choice} value={choice}>
                      {text.roles[choice]}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            );
          })}
        </>
      )}
      <Field
        label={text.observationEnd}
        hint={layout === "customers" ? text.observationEndTableHint : text.observationEndHint}
      >
        <Input
          type="date"
          value={options.observationEnd}
          onChange={(_, input) => setOption("observationEnd", input.value)}
          data-testid="option-observationEnd"
        />
      </Field>
      {numberInput("rfmBins", text.rfmBins)}
      <ChoiceField
        label={text.rfmMethod}
        value={options.rfmMethod}
        choices={[
          ["quantile", text.methodQuantile],
          ["ntile", text.methodNtile],
        ]}
        onChange={(method) => setOption("rfmMethod", method)}
        testId="option-rfmMethod"
      />
      <ChoiceField
        label={text.segmentScheme}
        value={options.segmentScheme}
        choices={[
          ["rfmPackage", text.schemeRfmPackage],
          ["allReachable", text.schemeAllReachable],
        ]}
        onChange={(scheme) => setOption("segmentScheme", scheme)}
        testId="option-segmentScheme"
      />
      <div className={styles.row}>
        {numberInput("grossMarginPercent", text.grossMargin)}
        {numberInput("monthlyDiscountPercent", text.monthlyDiscountRate)}
        {numberInput("horizonMonths", text.horizonMonths)}
      </div>
      <ChoiceField<AnalysisModel>
        label={text.model}
        value={options.model}
        choices={[
          ["bgnbd+gg", text.modelBgnbd],
          ["pnbd+gg", text.modelPnbd],
          ["none", text.modelNone],
        ]}
        onChange={(model) => setOption("model", model)}
        testId="option-model"
      />
      <ChoiceField
        label={text.breakdown}
        value={breakdownChoices.includes(options.breakdownHeader) ? options.breakdownHeader : ""}
        choices={[
          ["", text.breakdownNone],
          ...breakdownChoices.map((header) => [header, header] as const),
        ]}
        onChange={(header) => setOption("breakdownHeader", header)}
        testId="option-breakdown"
      />
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={start}
          disabled={running || !data}
          data-testid="run-analysis"
        >
          {text.run}
        </Button>
        {running && (
          <Button onClick={() => abort.current?.abort()} data-testid="cancel-analysis">
            {text.cancel}
          </Button>
        )}
      </div>
      {run.kind === "running" && (
        <Field label={text.stages[run.progress.stage]} data-testid="analysis-progress">
          <ProgressBar
            value={run.progress.total > 0 ? run.progress.done / run.progress.total : undefined}
          />
        </Field>
      )}
      {run.kind === "finished" && (
        <MessageBar
          intent={run.outcome.kind === "done" ? "success" : "info"}
          data-testid="analysis-outcome"
        >
          <MessageBarBody>{outcomeText(run.outcome, text, number)}</MessageBarBody>
          {run.outcome.kind === "done" && run.outcome.firstSkippedCell && (
            <MessageBarActions>
              <Button
                size="small"
                data-testid="select-first-skipped"
                onClick={() => {
                  const cell = run.outcome.kind === "done" ? run.outcome.firstSkippedCell : null;
                  if (cell) void selectCell(cell);
                }}
              >
                {text.selectFirstSkipped}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {run.kind === "failed" && (
        <MessageBar intent="error" data-testid="analysis-error">
          <MessageBarBody>{run.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** The label of an option, to name it in a message. */
function optionLabel(text: AnalysisStrings, key: keyof AnalysisOptions): string {
  const labels: Record<keyof AnalysisOptions, string> = {
    observationEnd: text.observationEnd,
    rfmBins: text.rfmBins,
    rfmMethod: text.rfmMethod,
    segmentScheme: text.segmentScheme,
    grossMarginPercent: text.grossMargin,
    monthlyDiscountPercent: text.monthlyDiscountRate,
    horizonMonths: text.horizonMonths,
    model: text.model,
    breakdownHeader: text.breakdown,
    timeUnit: text.timeUnit,
  };
  return labels[key];
}

function outcomeText(
  outcome: AnalysisOutcome,
  text: AnalysisStrings,
  number: Intl.NumberFormat
): string {
  if (outcome.kind === "cancelled") return text.cancelled;
  const reasons = (Object.keys(text.skipReasons) as SkippedRowReason[]).filter(
    (reason) => (outcome.skipped[reason] ?? 0) > 0
  );
  const skipped = reasons.reduce((sum, reason) => sum + (outcome.skipped[reason] ?? 0), 0);
  return [
    text.done(number.format(outcome.customers), outcome.sheetNames.join(", ")),
    skipped > 0
      ? text.skipped(
          number.format(skipped),
          reasons
            .map((reason) => text.skipReasons[reason](number.format(outcome.skipped[reason] ?? 0)))
            .join(", ")
        )
      : "",
    outcome.excludedTransactions > 0
      ? text.excluded(number.format(outcome.excludedTransactions))
      : "",
    outcome.customersWithoutPurchase > 0
      ? text.returnsOnly(number.format(outcome.customersWithoutPurchase))
      : "",
    outcome.noDropout
      ? text.modelNoDropout
      : outcome.modelError
        ? text.modelFailed(outcome.modelError)
        : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** Whether two header rows name the same columns in the same order. */
function sameHeader(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((name, column) => name === right[column]);
}
