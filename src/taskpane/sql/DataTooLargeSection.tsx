import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { dialectSyntax, SQL_DIALECTS } from "../../engine/sql/sqlDialect";
import type { PaneStrings } from "../i18n/paneStrings";
import { OPTION_CHOICES } from "../analysis/analysisOptions";
import { ChoiceField } from "../analysis/ChoiceField";
import { QUERY_FIELDS, REQUIRED_QUERY_FIELDS } from "../../engine/sql/queryFields";
import { useQueryForm } from "./useQueryForm";

const useStyles = makeStyles({
  section: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginLeft: 0,
    marginRight: 0,
  },
  query: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * "Data too large for a sheet?", collapsed: pick the SQL engine, type the table and its column
 * names or detect them from a small sample of the log, and get the customer-table query to copy,
 * with what to do with its result.
 * @example
 * <DataTooLargeSection strings={stringsByLanguage.nl} />
 */
export function DataTooLargeSection({ strings }: { strings: PaneStrings }) {
  const styles = useStyles();
  const { form, setField, result, detect, detectError, copy, copyState } = useQueryForm(strings);
  const text = strings.sql;

  return (
    <Accordion collapsible className={styles.section}>
      <AccordionItem value="sql">
        <AccordionHeader as="h2" data-testid="sql">
          {text.heading}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Caption1>{text.intro}</Caption1>
          <ChoiceField
            label={text.engine}
            value={form.dialect}
            choices={SQL_DIALECTS.map(
              (dialect) => [dialect, dialectSyntax(dialect).label] as const
            )}
            onChange={(dialect) => setField("dialect", dialect)}
            testId="sql-dialect"
          />
          <Button onClick={() => void detect()} data-testid="sql-detect">
            {text.detect}
          </Button>
          {detectError && (
            <MessageBar intent="error" data-testid="sql-detect-error">
              <MessageBarBody>{detectError}</MessageBarBody>
            </MessageBar>
          )}
          {QUERY_FIELDS.map((field) => (
            <Field
              key={field}
              label={text.fields[field]}
              required={REQUIRED_QUERY_FIELDS.includes(field)}
              hint={field === "observationEnd" ? text.observationEndHint : undefined}
            >
              <Input
                type={field === "observationEnd" ? "date" : "text"}
                value={form[field]}
                onChange={(_, input) => setField(field, input.value)}
                data-testid={`sql-${field}`}
              />
            </Field>
          ))}
          <ChoiceField
            label={strings.timeUnit}
            value={form.timeUnit}
            choices={OPTION_CHOICES.timeUnit.map(
              (unit) => [unit, strings.timeUnits[unit]] as const
            )}
            onChange={(unit) => setField("timeUnit", unit)}
            testId="sql-timeUnit"
          />
          {"query" in result ? (
            <>
              <Field label={text.query}>
                <Textarea
                  readOnly
                  resize="vertical"
                  rows={12}
                  value={result.query}
                  textarea={{ className: styles.query, spellCheck: false }}
                  data-testid="sql-query"
                />
              </Field>
              <Button appearance="primary" onClick={() => void copy()} data-testid="sql-copy">
                {text.copy}
              </Button>
              {copyState !== "idle" && (
                <MessageBar
                  intent={copyState === "copied" ? "success" : "warning"}
                  data-testid="sql-copy-outcome"
                >
                  <MessageBarBody>
                    {copyState === "copied" ? text.copied : text.copyFailed}
                  </MessageBarBody>
                </MessageBar>
              )}
              <ol className={styles.steps} data-testid="sql-steps">
                {text.steps.map((step) => (
                  <li key={step}>
                    <Caption1>{step}</Caption1>
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <Caption1 data-testid="sql-missing">{result.message}</Caption1>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
