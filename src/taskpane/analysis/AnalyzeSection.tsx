import {
  Body1,
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
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { AnalysisModel } from "../../engine/analysis/customerModels";
import type { Language } from "../../engine/language";
import { selectCell } from "../../excel/selectCell";
import type { ColumnRole } from "../../engine/summary/columnRoles";
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
import { AnalysisFailed, analyzeInWorker } from "./analyzeInWorker";

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

/** The roles offered for every column of a transaction log. */
const ROLE_CHOICES: readonly ColumnRole[] = [
  "customer",
  "date",
  "amount",
  "channel",
  "attribute",
  "ignore",
];

type RunState =
  | { kind: "idle" }
  | { kind: "running"; progress: AnalysisProgress }
  | { kind: "finished"; outcome: AnalysisOutcome }
  | { kind: "failed"; message: string };

/**
 * "Analyze customers": propose column roles from the selection, let the user correct them and
 * set the options, then run the full analysis with progress and Cancel.
 */
export function AnalyzeSection({
  language,
  locale,
  strings,
}: {
  language: Language;
  locale: string;
  strings: Strings;
}) {
  const text = analysisStringsByLanguage[language];
  const styles = useStyles();
  const number = new Intl.NumberFormat(locale);
  const [data, setData] = useState<SelectedData | null>(null);
  const [roles, setRoles] = useState<ColumnRole[]>([]);
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
    try {
      const selected = await readSelectedData(strings);
      setData(selected);
      setRoles(selected.proposal.roles);
      setRun({ kind: "idle" });
    } catch (error) {
      fail(error);
    }
  };

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
        roles,
        breakdownColumn,
        options: checked,
        strings: text,
        language,
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
          <Body1 data-testid="layout">
            {data.proposal.layout === "transactions"
              ? text.layoutTransactions
              : text.layoutCustomers}
          </Body1>
          {data.proposal.layout === "customers" && (
            <MessageBar intent="warning">
              <MessageBarBody>{text.customerTableNotSupported}</MessageBarBody>
            </MessageBar>
          )}
          {data.header.map((header, column) => {
            const role = roles[column] ?? "ignore";
            const choices = ROLE_CHOICES.includes(role) ? ROLE_CHOICES : [...ROLE_CHOICES, role];
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
      <Field label={text.observationEnd} hint={text.observationEndHint}>
        <Input
          type="date"
          value={options.observationEnd}
          onChange={(_, input) => setOption("observationEnd", input.value)}
          data-testid="option-observationEnd"
        />
      </Field>
      <div className={styles.row}>
        {numberInput("rfmBins", text.rfmBins)}
        <Field label={text.rfmMethod}>
          <Select
            value={options.rfmMethod}
            onChange={(_, choice) =>
              setOption("rfmMethod", choice.value as AnalysisOptions["rfmMethod"])
            }
            data-testid="option-rfmMethod"
          >
            <option value="quantile">{text.methodQuantile}</option>
            <option value="ntile">{text.methodNtile}</option>
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        {numberInput("grossMarginPercent", text.grossMargin)}
        {numberInput("monthlyDiscountPercent", text.monthlyDiscountRate)}
        {numberInput("horizonMonths", text.horizonMonths)}
      </div>
      <Field label={text.model}>
        <Select
          value={options.model}
          onChange={(_, choice) => setOption("model", choice.value as AnalysisModel)}
          data-testid="option-model"
        >
          <option value="bgnbd+gg">{text.modelBgnbd}</option>
          <option value="pnbd+gg">{text.modelPnbd}</option>
          <option value="none">{text.modelNone}</option>
        </Select>
      </Field>
      <Field label={text.breakdown}>
        <Select
          value={breakdownChoices.includes(options.breakdownHeader) ? options.breakdownHeader : ""}
          onChange={(_, choice) => setOption("breakdownHeader", choice.value)}
          data-testid="option-breakdown"
        >
          <option value="">{text.breakdownNone}</option>
          {breakdownChoices.map((header) => (
            <option key={header} value={header}>
              {header}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={start}
          disabled={running || !data || data.proposal.layout !== "transactions"}
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
    grossMarginPercent: text.grossMargin,
    monthlyDiscountPercent: text.monthlyDiscountRate,
    horizonMonths: text.horizonMonths,
    model: text.model,
    breakdownHeader: text.breakdown,
  };
  return labels[key];
}

function outcomeText(
  outcome: AnalysisOutcome,
  text: AnalysisStrings,
  number: Intl.NumberFormat
): string {
  if (outcome.kind === "cancelled") return text.cancelled;
  const { blankCustomer, unreadableDate, nonNumericAmount } = outcome.skipped;
  const skipped = blankCustomer + unreadableDate + nonNumericAmount;
  return [
    text.done(number.format(outcome.customers), outcome.sheetNames.join(", ")),
    skipped > 0
      ? text.skipped(
          number.format(skipped),
          number.format(blankCustomer),
          number.format(unreadableDate),
          number.format(nonNumericAmount)
        )
      : "",
    outcome.modelError ? text.modelFailed(outcome.modelError) : "",
  ]
    .filter(Boolean)
    .join(" ");
}
