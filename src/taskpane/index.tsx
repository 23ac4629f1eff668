import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { languageFor } from "./i18n/strings";

Office.onReady(() => {
  const displayLanguage = Office.context?.displayLanguage ?? "en-US";
  const language = languageFor(displayLanguage);
  document.documentElement.lang = language;
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} locale={displayLanguage} />
    </FluentProvider>
  );
});
