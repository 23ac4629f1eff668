import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Component, type ReactNode } from "react";
import type { PaneStrings } from "./i18n/paneStrings";

const useStyles = makeStyles({
  pane: { padding: tokens.spacingHorizontalL },
});

/** The message that stands in for the pane, with the button that starts it again. */
function PaneFailure({
  strings,
  detail,
  onRestart,
}: {
  strings: PaneStrings;
  detail: string;
  onRestart: () => void;
}) {
  const styles = useStyles();
  return (
    <main className={styles.pane}>
      <MessageBar intent="error" layout="multiline" data-testid="pane-error">
        <MessageBarBody>{strings.paneFailed(detail)}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRestart} data-testid="pane-restart">
            {strings.paneRestart}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </main>
  );
}

/**
 * Catches an error thrown while the pane renders, which would otherwise unmount everything and
 * leave a blank pane (react.dev/reference/react/Component#catching-rendering-errors-with-an-error-boundary),
 * and says so in the user's language with the error's message; its button renders the pane
 * afresh, from the state it starts with.
 * @example
 * <PaneErrorBoundary strings={stringsByLanguage.da}><App language="da" locale="da-DK" /></PaneErrorBoundary>
 * // after a render error: "Ruden stoppede på grund af en fejl: … Start den igen for at fortsætte."
 */
export class PaneErrorBoundary extends Component<
  { strings: PaneStrings; children: ReactNode },
  { error: unknown }
> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <PaneFailure
        strings={this.props.strings}
        detail={error instanceof Error ? error.message : String(error)}
        onRestart={() => this.setState({ error: null })}
      />
    );
  }
}
