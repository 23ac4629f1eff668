import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Checkbox,
  Field,
  Input,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Layout } from "../../engine/read/detectLayout";
import { readNumber } from "../../engine/read/readNumber";
import type { PaneStrings } from "../i18n/paneStrings";
import {
  DEFAULT_ANALYSIS_OPTIONS,
  defaultModel,
  invalidOptions,
  modelWithHoldoutCheck,
  NO_BREAKDOWN,
  NUMBER_RANGES,
  OPTION_CHOICES,
  type AnalysisOptionKey,
  type AnalysisOptions,
  type NumberOption,
} from "./analysisOptions";
import { ChoiceField } from "./ChoiceField";
import { NumberField } from "./NumberField";
import { choiceLabels, invalidOptionText, optionLabels } from "./optionLabels";

const useStyles = makeStyles({
  // Flush with the fields above it, not indented as Fluent's panels are.
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginLeft: 0,
    marginRight: 0,
  },
});

/**
 * The list options the form offers (a customer table's time unit and a subscription table's
 * period sit with their columns).
 */
type FormChoice = "rfmMethod" | "segmentScheme" | "model" | "period";

/**
 * The analysis options in a collapsed Options section, each field with its default named below
 * it: observation end, RFM scores and scoring, segment rules, gross margin, discount rate,
 * horizon, the holdout check and its weeks, model (Best on holdout offered, and the default,
 * while the check is on), a log's period of cohorts and trends, and the channel or attribute to
 * break CLV down by. For a subscription
 * table only the observation end, gross margin, discount rate and the column to split by.
 * Numbers are typed as text with a decimal comma or point; a field the run cannot take says so
 * under it (invalidOptions), its text kept as typed.
 * @example
 * <OptionsForm options={options} onChange={(key, value) => setOption(key, value)} layout="transactions"
 *   breakdownChoices={[[3, "Kanal"]]} strings={stringsByLanguage.da} locale="da-DK" />
 */
export function OptionsForm({
  options,
  onChange,
  layout,
  breakdownChoices,
  strings,
  locale,
}: {
  options: AnalysisOptions;
  onChange: <Key extends keyof AnalysisOptions>(key: Key, value: AnalysisOptions[Key]) => void;
  layout: Layout;
  /** The columns with a breakdown role (breakdownColumns), each with its label (columnLabels). */
  breakdownChoices: readonly (readonly [number, string])[];
  strings: PaneStrings;
  locale: string;
}) {
  const styles = useStyles();
  const labels = optionLabels(strings);
  const choices = choiceLabels(strings);
  const number = new Intl.NumberFormat(locale);
  // A subscription table has no RFM, purchase model, horizon or holdout check.
  const customerOptions = layout !== "subscriptions";
  // Without a column chosen, a subscription table is split by its plan column.
  const noBreakdown = customerOptions ? strings.breakdownNone : strings.subscriptions.byPlan;
  const invalid = new Set(invalidOptions(options, layout));
  const invalidText = (key: AnalysisOptionKey) =>
    invalid.has(key) ? invalidOptionText(key, layout, strings) : undefined;
  const breakdown = breakdownChoices.some(([column]) => column === options.breakdownColumn)
    ? options.breakdownColumn
    : NO_BREAKDOWN;

  const choiceField = (key: FormChoice, label = labels[key]) => {
    const texts: Record<string, string> = choices[key];
    const offered: readonly string[] = OPTION_CHOICES[key].filter(
      (choice) => options.holdoutCheck || choice !== "best+gg"
    );
    const byDefault =
      key === "model" ? defaultModel(options.holdoutCheck) : DEFAULT_ANALYSIS_OPTIONS[key];
    const defaultHint = strings.defaultValue(texts[byDefault]);
    return (
      <ChoiceField<string>
        label={label}
        value={options[key]}
        choices={offered.map((choice) => [choice, texts[choice]] as const)}
        hint={
          // The NBD's entry is kept short to fit the list; what sets it apart is said under it.
          key === "model" && options.model === "nbd+gg"
            ? `${defaultHint}. ${strings.modelNbdHint}`
            : defaultHint
        }
        onChange={(choice) => onChange(key, choice as AnalysisOptions[FormChoice])}
        testId={`option-${key}`}
      />
    );
  };
  const numberField = (key: NumberOption) => (
    <NumberField
      label={labels[key]}
      hint={strings.defaultValue(number.format(readNumber(DEFAULT_ANALYSIS_OPTIONS[key])))}
      value={options[key]}
      whole={NUMBER_RANGES[key].whole}
      invalid={invalidText(key)}
      onChange={(text) => onChange(key, text)}
      testId={`option-${key}`}
    />
  );

  return (
    <Accordion collapsible>
      <AccordionItem value="options">
        <AccordionHeader data-testid="options">{strings.options}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Field
            label={labels.observationEnd}
            validationState={invalid.has("observationEnd") ? "error" : "none"}
            validationMessage={invalidText("observationEnd")}
            hint={
              layout === "customers"
                ? strings.observationEndTableHint
                : layout === "subscriptions"
                  ? strings.subscriptions.observationEndHint
                  : strings.observationEndHint
            }
          >
            <Input
              type="date"
              value={options.observationEnd}
              onChange={(_, input) => onChange("observationEnd", input.value)}
              data-testid="option-observationEnd"
            />
          </Field>
          {customerOptions && numberField("rfmBins")}
          {customerOptions && choiceField("rfmMethod")}
          {customerOptions && choiceField("segmentScheme")}
          {/* One under the other, full width as the other fields: side by side they wrapped ragged. */}
          {numberField("grossMarginPercent")}
          {numberField("monthlyDiscountPercent")}
          {customerOptions && numberField("horizonMonths")}
          {customerOptions && (
            <>
              <Checkbox
                label={labels.holdoutCheck}
                checked={options.holdoutCheck}
                onChange={(_, box) => {
                  const on = box.checked === true;
                  onChange("holdoutCheck", on);
                  onChange("model", modelWithHoldoutCheck(options.model, on));
                }}
                data-testid="option-holdoutCheck"
              />
              {options.holdoutCheck && (
                <NumberField
                  label={labels.holdoutWeeks}
                  hint={strings.holdoutWeeksHint}
                  value={options.holdoutWeeks}
                  whole
                  invalid={invalidText("holdoutWeeks")}
                  onChange={(text) => onChange("holdoutWeeks", text)}
                  testId="option-holdoutWeeks"
                />
              )}
              {choiceField("model")}
            </>
          )}
          {layout === "transactions" && choiceField("period", strings.overTime.period)}
          <ChoiceField
            label={labels.breakdownColumn}
            value={String(breakdown)}
            choices={[[NO_BREAKDOWN, noBreakdown] as const, ...breakdownChoices].map(
              ([column, label]) => [String(column), label] as const
            )}
            hint={strings.defaultValue(noBreakdown)}
            onChange={(column) => onChange("breakdownColumn", Number(column))}
            testId="option-breakdown"
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
