import { AriaLiveAnnouncer, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { stringsByLanguage } from "./i18n/stringsByLanguage";
import { PaneErrorBoundary } from "./PaneErrorBoundary";
import { languageFor } from "../engine/language";
import { displayLanguage } from "../excel/displayLanguage";
import { officeReady } from "../excel/officeReady";

void officeReady().then(() => {
  const locale = displayLanguage() ?? "en-US";
  const language = languageFor(locale);
  document.documentElement.lang = language;
  // The announcer gives Fluent's messages (MessageBar's useAnnounce) a voice: without one they
  // are never read out.
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={webLightTheme}>
      <AriaLiveAnnouncer>
        <PaneErrorBoundary strings={stringsByLanguage[language]}>
          <App language={language} locale={locale} />
        </PaneErrorBoundary>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
});
