import { Body1, Caption1, makeStyles, Subtitle2, Title3, tokens } from "@fluentui/react-components";
import type { Language } from "../engine/language";
import { AnalyzeSection } from "./analysis/AnalyzeSection";
import { stringsByLanguage } from "./i18n/stringsByLanguage";
import { DataTooLargeSection } from "./sql/DataTooLargeSection";
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

/**
 * The task pane: the live selection, the Analyze customers section and a hint at the formulas.
 * @example
 * createRoot(element).render(<App language="de" locale="de-DE" />);
 */
export function App({ language, locale }: { language: Language; locale: string }) {
  const strings = stringsByLanguage[language];
  const styles = useStyles();
  const selection = useSelection();
  const number = new Intl.NumberFormat(locale);

  return (
    <main className={styles.pane}>
      <Title3 as="h1">{strings.title}</Title3>
      <Body1>{strings.intro}</Body1>
      <section className={styles.card} aria-live="polite" data-testid="selection">
        <Subtitle2 as="h2">{strings.selection}</Subtitle2>
        {selection?.kind === "range" ? (
          <>
            <Body1 className={styles.address} data-testid="selection-address">
              {selection.address}
            </Body1>
            <Caption1 data-testid="selection-size">
              {strings.selectionSize(selection.rowCount, selection.columnCount, number.format)}
            </Caption1>
          </>
        ) : selection?.kind === "areas" ? (
          <Caption1 data-testid="selection-areas">{strings.selectOneRange}</Caption1>
        ) : (
          <Caption1>{strings.noSelection}</Caption1>
        )}
      </section>
      <AnalyzeSection language={language} locale={locale} strings={strings} selection={selection} />
      <DataTooLargeSection strings={strings} />
      <Caption1>{strings.formulaHint}</Caption1>
    </main>
  );
}
