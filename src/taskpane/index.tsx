import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { languageFor } from "../engine/language";
import { displayLanguage } from "../excel/displayLanguage";
import { officeReady } from "../excel/officeReady";

void officeReady().then(() => {
  const locale = displayLanguage() ?? "en-US";
  const language = languageFor(locale);
  document.documentElement.lang = language;
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} locale={locale} />
    </FluentProvider>
  );
});
