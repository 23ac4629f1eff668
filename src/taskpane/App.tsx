import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../engine/language";
import { AnalyzeSection } from "./analysis/AnalyzeSection";
import { Strings, stringsByLanguage } from "./i18n/strings";
import {
  PaneMessageError,
  summarizeSelection,
  SummaryOutcome,
  SummaryProgress,
} from "./summarizeSelection";
import { useSelection } from "./useSelection";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  address: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
});

type RunState =
  | { kind: "idle" }
  | { kind: "running"; progress: SummaryProgress }
  | { kind: "done"; outcome: SummaryOutcome }
  | { kind: "failed"; message: string };

/** The task pane: live selection, the Summarize button, progress and the outcome. */
export function App({ language, locale }: { language: Language; locale: string }) {
  const strings = stringsByLanguage[language];
  const styles = useStyles();
  const selection = useSelection();
  const [run, setRun] = useState<RunState>({ kind: "idle" });
  const number = new Intl.NumberFormat(locale);

  const summarize = async () => {
    setRun({ kind: "running", progress: { stage: "reading", rowsRead: 0 } });
    try {
      const outcome = await summarizeSelection(strings, locale, (progress) =>
        setRun({ kind: "running", progress })
      );
      setRun({ kind: "done", outcome });
    } catch (error) {
      const message =
        error instanceof PaneMessageError
          ? error.message
          : strings.errorUnexpected(error instanceof Error ? error.message : String(error));
      setRun({ kind: "failed", message });
    }
  };

  const progressText = (progress: SummaryProgress) =>
    progress.stage === "reading"
      ? strings.stageReading(number.format(progress.rowsRead))
      : progress.stage === "summarizing"
        ? strings.stageSummarizing
        : strings.stageWriting;

  return (
    <main className={styles.pane}>
      <Title3 as="h1">{strings.title}</Title3>
      <Body1>{strings.intro}</Body1>
      <section className={styles.card} aria-live="polite" data-testid="selection">
        <Subtitle2 as="h2">{strings.selection}</Subtitle2>
        {selection ? (
          <>
            <Body1 className={styles.address} data-testid="selection-address">
              {selection.address}
            </Body1>
            <Caption1 data-testid="selection-size">
              {strings.selectionSize(selection.rowCount, selection.columnCount, number.format)}
            </Caption1>
          </>
        ) : (
          <Caption1>{strings.noSelection}</Caption1>
        )}
      </section>
      <Button
        appearance="primary"
        onClick={summarize}
        disabled={run.kind === "running"}
        data-testid="summarize"
      >
        {strings.summarize}
      </Button>
      {run.kind === "running" && (
        <Spinner size="tiny" label={progressText(run.progress)} data-testid="progress" />
      )}
      {run.kind === "done" && (
        <MessageBar intent="success" data-testid="outcome">
          <MessageBarBody>
            {strings.done(run.outcome.sheetName)}
            {skippedText(run.outcome, strings, number)}
          </MessageBarBody>
        </MessageBar>
      )}
      {run.kind === "failed" && (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody>{run.message}</MessageBarBody>
        </MessageBar>
      )}
      <AnalyzeSection language={language} locale={locale} strings={strings} selection={selection} />
      <Caption1>{strings.formulaHint}</Caption1>
    </main>
  );
}

function skippedText(outcome: SummaryOutcome, strings: Strings, number: Intl.NumberFormat): string {
  const total = outcome.skippedBlankCustomer + outcome.skippedBadDate + outcome.skippedBadAmount;
  if (total === 0) return "";
  return (
    " " +
    strings.skipped(
      number.format(total),
      number.format(outcome.skippedBlankCustomer),
      number.format(outcome.skippedBadDate),
      number.format(outcome.skippedBadAmount)
    )
  );
}
