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
import type { PaneStrings } from "../i18n/paneStrings";
import {
  DEFAULT_ANALYSIS_OPTIONS,
  defaultModel,
  HOLDOUT_WEEKS_RANGE,
  modelWithHoldoutCheck,
  NUMBER_RANGES,
  OPTION_CHOICES,
  type AnalysisOptions,
  type NumberOption,
} from "./analysisOptions";
import { ChoiceField } from "./ChoiceField";
import { choiceLabels, optionLabels } from "./optionLabels";

const useStyles = makeStyles({
  // Flush with the fields above it, not indented as Fluent's panels are.
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginLeft: 0,
    marginRight: 0,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The list options the form offers (a customer table's time unit sits with its columns). */
type FormChoice = "rfmMethod" | "segmentScheme" | "model";

/**
 * The analysis options in a collapsed Options section, each field with its default named below
 * it: observation end, RFM scores and scoring, segment rules, gross margin, discount rate,
 * horizon, the holdout check and its weeks, model (Best on holdout offered, and the default,
 * while the check is on), and the channel or attribute to break CLV down by. For a subscription
 * table only the observation end, gross margin, discount rate and the column to split by.
 * @example
 * <OptionsForm options={options} onChange={(key, value) => setOption(key, value)} layout="transactions"
 *   breakdownChoices={["Kanal"]} strings={stringsByLanguage.da} locale="da-DK" />
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
  /** Headers of the columns with the channel or attribute role. */
  breakdownChoices: readonly string[];
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

  const choiceField = (key: FormChoice) => {
    const texts: Record<string, string> = choices[key];
    const offered: readonly string[] = OPTION_CHOICES[key].filter(
      (choice) => options.holdoutCheck || choice !== "best+gg"
    );
    const byDefault =
      key === "model" ? defaultModel(options.holdoutCheck) : DEFAULT_ANALYSIS_OPTIONS[key];
    return (
      <ChoiceField<string>
        label={labels[key]}
        value={options[key]}
        choices={offered.map((choice) => [choice, texts[choice]] as const)}
        hint={strings.defaultValue(texts[byDefault])}
        onChange={(choice) => onChange(key, choice as AnalysisOptions[FormChoice])}
        testId={`option-${key}`}
      />
    );
  };
  const numberField = (key: NumberOption) => {
    const range = NUMBER_RANGES[key];
    return (
      <Field
        label={labels[key]}
        hint={strings.defaultValue(number.format(DEFAULT_ANALYSIS_OPTIONS[key]))}
      >
        <Input
          type="number"
          min={range.min}
          max={range.max}
          step={range.whole ? 1 : "any"}
          value={String(options[key])}
          onChange={(_, input) => onChange(key, input.value === "" ? NaN : Number(input.value))}
          data-testid={`option-${key}`}
        />
      </Field>
    );
  };

  return (
    <Accordion collapsible>
      <AccordionItem value="options">
        <AccordionHeader data-testid="options">{strings.options}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Field
            label={labels.observationEnd}
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
          <div className={styles.row}>
            {numberField("grossMarginPercent")}
            {numberField("monthlyDiscountPercent")}
            {customerOptions && numberField("horizonMonths")}
          </div>
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
                <Field label={labels.holdoutWeeks} hint={strings.holdoutWeeksHint}>
                  <Input
                    type="number"
                    min={HOLDOUT_WEEKS_RANGE.min}
                    max={HOLDOUT_WEEKS_RANGE.max}
                    step={1}
                    value={options.holdoutWeeks}
                    onChange={(_, input) => onChange("holdoutWeeks", input.value)}
                    data-testid="option-holdoutWeeks"
                  />
                </Field>
              )}
              {choiceField("model")}
            </>
          )}
          <ChoiceField
            label={labels.breakdownHeader}
            value={
              breakdownChoices.includes(options.breakdownHeader) ? options.breakdownHeader : ""
            }
            choices={[
              ["", noBreakdown],
              ...breakdownChoices.map((header) => [header, header] as const),
            ]}
            hint={strings.defaultValue(noBreakdown)}
            onChange={(header) => onChange("breakdownHeader", header)}
            testId="option-breakdown"
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
