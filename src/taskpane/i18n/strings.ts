import type { Language } from "../../engine/language";

/** Every piece of text the task pane shows or writes, in one language. */
export interface Strings {
  title: string;
  intro: string;
  selection: string;
  noSelection: string;
  selectionSize: (rows: number, columns: number, format: (count: number) => string) => string;
  summarize: string;
  formulaHint: string;
  stageReading: (rows: string) => string;
  stageSummarizing: string;
  stageWriting: string;
  done: (sheetName: string) => string;
  skipped: (total: string, blankCustomer: string, badDate: string, badAmount: string) => string;
  errorNoData: string;
  errorMissingColumns: (columns: string) => string;
  errorNoValidRows: string;
  errorUnexpected: (detail: string) => string;
  roleCustomer: string;
  roleDate: string;
  roleAmount: string;
  sheetName: string;
  headerMeasure: string;
  headerValue: string;
  headerDefinition: string;
  kpi: Record<KpiKey, { label: string; definition: string }>;
}

/** The KPI rows of the summary table, in the order they are written. */
export type KpiKey =
  | "customers"
  | "orders"
  | "revenue"
  | "averageOrderValue"
  | "purchaseFrequency"
  | "repeatPurchaseRate"
  | "firstDate"
  | "lastDate"
  | "purchasesPerYear"
  | "averageLifespanYears"
  | "simpleClv";

/** "1 row", "3 rows": a formatted count with the noun in singular or plural. */
function counted(count: number, one: string, many: string, format: (count: number) => string) {
  return `${format(count)} ${count === 1 ? one : many}`;
}

const en: Strings = {
  title: "Customer Value",
  intro:
    "Select a range of transactions with a header row (customer, date, amount) and summarize it.",
  selection: "Selection",
  noSelection: "Nothing selected",
  selectionSize: (rows, columns, format) =>
    `${counted(rows, "row", "rows", format)} × ${counted(columns, "column", "columns", format)}`,
  summarize: "Summarize selection",
  formulaHint: "Formulas: type =CX.CLV(500;3;5) or =CX.RFMSCORE(…) in any cell.",
  stageReading: (rows) => `Reading rows… ${rows}`,
  stageSummarizing: "Summarizing…",
  stageWriting: "Writing the summary table…",
  done: (sheetName) => `Summary written to the new sheet “${sheetName}”.`,
  skipped: (total, blank, date, amount) =>
    `${total} rows skipped: ${blank} without a customer, ${date} with an unreadable date, ${amount} with a non-numeric amount.`,
  errorNoData: "The selection holds no data. Select the transactions, including the header row.",
  errorMissingColumns: (columns) =>
    `No column found for: ${columns}. Give the columns headers such as Customer, Date and Amount.`,
  errorNoValidRows: "No row has a customer, a readable date and a numeric amount.",
  errorUnexpected: (detail) => `Something went wrong: ${detail}`,
  roleCustomer: "customer",
  roleDate: "date",
  roleAmount: "amount",
  sheetName: "CX Summary",
  headerMeasure: "Measure",
  headerValue: "Value",
  headerDefinition: "How it is computed",
  kpi: {
    customers: { label: "Customers", definition: "Distinct customer ids" },
    orders: { label: "Orders", definition: "Transactions (rows) with a customer, date and amount" },
    revenue: { label: "Revenue", definition: "Sum of amounts" },
    averageOrderValue: { label: "Average order value", definition: "Revenue ÷ orders" },
    purchaseFrequency: { label: "Purchase frequency", definition: "Orders ÷ customers" },
    repeatPurchaseRate: {
      label: "Repeat-purchase rate",
      definition: "Share of customers with 2 or more orders",
    },
    firstDate: { label: "First purchase", definition: "Earliest date in the data" },
    lastDate: { label: "Last purchase", definition: "Latest date in the data" },
    purchasesPerYear: {
      label: "Purchases per customer per year",
      definition: "Purchase frequency ÷ years observed",
    },
    averageLifespanYears: {
      label: "Average customer lifespan observed (years)",
      definition: "Mean time from a customer's first to last purchase",
    },
    simpleClv: {
      label: "Simple CLV",
      definition: "Average order value × purchases per year × lifespan (years)",
    },
  },
};

const da: Strings = {
  title: "Kundeværdi",
  intro:
    "Markér et område med transaktioner med en overskriftsrække (kunde, dato, beløb), og opsummer det.",
  selection: "Markering",
  noSelection: "Intet markeret",
  selectionSize: (rows, columns, format) =>
    `${counted(rows, "række", "rækker", format)} × ${counted(columns, "kolonne", "kolonner", format)}`,
  summarize: "Opsummer markering",
  formulaHint: "Formler: skriv =CX.CLV(500;3;5) eller =CX.RFMSCORE(…) i en celle.",
  stageReading: (rows) => `Læser rækker… ${rows}`,
  stageSummarizing: "Opsummerer…",
  stageWriting: "Skriver oversigtstabellen…",
  done: (sheetName) => `Oversigten er skrevet på det nye ark “${sheetName}”.`,
  skipped: (total, blank, date, amount) =>
    `${total} rækker sprunget over: ${blank} uden kunde, ${date} med en ulæselig dato, ${amount} med et ikke-numerisk beløb.`,
  errorNoData:
    "Markeringen indeholder ingen data. Markér transaktionerne inklusive overskriftsrækken.",
  errorMissingColumns: (columns) =>
    `Ingen kolonne fundet for: ${columns}. Giv kolonnerne overskrifter som Kunde, Dato og Beløb.`,
  errorNoValidRows: "Ingen række har en kunde, en læsbar dato og et numerisk beløb.",
  errorUnexpected: (detail) => `Noget gik galt: ${detail}`,
  roleCustomer: "kunde",
  roleDate: "dato",
  roleAmount: "beløb",
  sheetName: "CX Oversigt",
  headerMeasure: "Nøgletal",
  headerValue: "Værdi",
  headerDefinition: "Sådan beregnes det",
  kpi: {
    customers: { label: "Kunder", definition: "Forskellige kunde-id'er" },
    orders: { label: "Ordrer", definition: "Transaktioner (rækker) med kunde, dato og beløb" },
    revenue: { label: "Omsætning", definition: "Summen af beløb" },
    averageOrderValue: { label: "Gennemsnitlig ordreværdi", definition: "Omsætning ÷ ordrer" },
    purchaseFrequency: { label: "Købsfrekvens", definition: "Ordrer ÷ kunder" },
    repeatPurchaseRate: {
      label: "Genkøbsrate",
      definition: "Andel af kunder med 2 eller flere ordrer",
    },
    firstDate: { label: "Første køb", definition: "Tidligste dato i data" },
    lastDate: { label: "Seneste køb", definition: "Seneste dato i data" },
    purchasesPerYear: {
      label: "Køb pr. kunde pr. år",
      definition: "Købsfrekvens ÷ observerede år",
    },
    averageLifespanYears: {
      label: "Gennemsnitlig observeret kundelevetid (år)",
      definition: "Gennemsnitlig tid fra kundens første til seneste køb",
    },
    simpleClv: {
      label: "Simpel CLV",
      definition: "Gennemsnitlig ordreværdi × køb pr. år × levetid (år)",
    },
  },
};

const nb: Strings = {
  title: "Kundeverdi",
  intro:
    "Merk et område med transaksjoner med en overskriftsrad (kunde, dato, beløp), og oppsummer det.",
  selection: "Merket område",
  noSelection: "Ingenting er merket",
  selectionSize: (rows, columns, format) =>
    `${counted(rows, "rad", "rader", format)} × ${counted(columns, "kolonne", "kolonner", format)}`,
  summarize: "Oppsummer merket område",
  formulaHint: "Formler: skriv =CX.CLV(500;3;5) eller =CX.RFMSCORE(…) i en celle.",
  stageReading: (rows) => `Leser rader… ${rows}`,
  stageSummarizing: "Oppsummerer…",
  stageWriting: "Skriver oversiktstabellen…",
  done: (sheetName) => `Oversikten er skrevet på det nye arket «${sheetName}».`,
  skipped: (total, blank, date, amount) =>
    `${total} rader hoppet over: ${blank} uten kunde, ${date} med uleselig dato, ${amount} med ikke-numerisk beløp.`,
  errorNoData:
    "Det merkede området inneholder ingen data. Merk transaksjonene, inkludert overskriftsraden.",
  errorMissingColumns: (columns) =>
    `Fant ingen kolonne for: ${columns}. Gi kolonnene overskrifter som Kunde, Dato og Beløp.`,
  errorNoValidRows: "Ingen rad har en kunde, en lesbar dato og et numerisk beløp.",
  errorUnexpected: (detail) => `Noe gikk galt: ${detail}`,
  roleCustomer: "kunde",
  roleDate: "dato",
  roleAmount: "beløp",
  sheetName: "CX Oversikt",
  headerMeasure: "Nøkkeltall",
  headerValue: "Verdi",
  headerDefinition: "Slik beregnes det",
  kpi: {
    customers: { label: "Kunder", definition: "Ulike kunde-ID-er" },
    orders: { label: "Ordrer", definition: "Transaksjoner (rader) med kunde, dato og beløp" },
    revenue: { label: "Omsetning", definition: "Summen av beløp" },
    averageOrderValue: { label: "Gjennomsnittlig ordreverdi", definition: "Omsetning ÷ ordrer" },
    purchaseFrequency: { label: "Kjøpsfrekvens", definition: "Ordrer ÷ kunder" },
    repeatPurchaseRate: {
      label: "Gjenkjøpsrate",
      definition: "Andel kunder med 2 eller flere ordrer",
    },
    firstDate: { label: "Første kjøp", definition: "Tidligste dato i dataene" },
    lastDate: { label: "Siste kjøp", definition: "Seneste dato i dataene" },
    purchasesPerYear: {
      label: "Kjøp per kunde per år",
      definition: "Kjøpsfrekvens ÷ observerte år",
    },
    averageLifespanYears: {
      label: "Gjennomsnittlig observert kundelevetid (år)",
      definition: "Gjennomsnittlig tid fra kundens første til siste kjøp",
    },
    simpleClv: {
      label: "Enkel CLV",
      definition: "Gjennomsnittlig ordreverdi × kjøp per år × levetid (år)",
    },
  },
};

const de: Strings = {
  title: "Kundenwert",
  intro:
    "Markieren Sie einen Bereich mit Transaktionen und Kopfzeile (Kunde, Datum, Betrag) und fassen Sie ihn zusammen.",
  selection: "Auswahl",
  noSelection: "Nichts ausgewählt",
  selectionSize: (rows, columns, format) =>
    `${counted(rows, "Zeile", "Zeilen", format)} × ${counted(columns, "Spalte", "Spalten", format)}`,
  summarize: "Auswahl zusammenfassen",
  formulaHint: "Formeln: Geben Sie =CX.CLV(500;3;5) oder =CX.RFMSCORE(…) in eine Zelle ein.",
  stageReading: (rows) => `Zeilen werden gelesen… ${rows}`,
  stageSummarizing: "Wird zusammengefasst…",
  stageWriting: "Übersichtstabelle wird geschrieben…",
  done: (sheetName) => `Die Übersicht steht auf dem neuen Blatt „${sheetName}“.`,
  skipped: (total, blank, date, amount) =>
    `${total} Zeilen übersprungen: ${blank} ohne Kunde, ${date} mit unlesbarem Datum, ${amount} mit nicht numerischem Betrag.`,
  errorNoData:
    "Die Auswahl enthält keine Daten. Markieren Sie die Transaktionen einschließlich der Kopfzeile.",
  errorMissingColumns: (columns) =>
    `Keine Spalte gefunden für: ${columns}. Geben Sie den Spalten Überschriften wie Kunde, Datum und Betrag.`,
  errorNoValidRows:
    "Keine Zeile hat einen Kunden, ein lesbares Datum und einen numerischen Betrag.",
  errorUnexpected: (detail) => `Etwas ist schiefgegangen: ${detail}`,
  roleCustomer: "Kunde",
  roleDate: "Datum",
  roleAmount: "Betrag",
  sheetName: "CX Übersicht",
  headerMeasure: "Kennzahl",
  headerValue: "Wert",
  headerDefinition: "Berechnung",
  kpi: {
    customers: { label: "Kunden", definition: "Verschiedene Kundennummern" },
    orders: {
      label: "Bestellungen",
      definition: "Transaktionen (Zeilen) mit Kunde, Datum und Betrag",
    },
    revenue: { label: "Umsatz", definition: "Summe der Beträge" },
    averageOrderValue: {
      label: "Durchschnittlicher Bestellwert",
      definition: "Umsatz ÷ Bestellungen",
    },
    purchaseFrequency: { label: "Kaufhäufigkeit", definition: "Bestellungen ÷ Kunden" },
    repeatPurchaseRate: {
      label: "Wiederkaufrate",
      definition: "Anteil der Kunden mit 2 oder mehr Bestellungen",
    },
    firstDate: { label: "Erster Kauf", definition: "Frühestes Datum in den Daten" },
    lastDate: { label: "Letzter Kauf", definition: "Spätestes Datum in den Daten" },
    purchasesPerYear: {
      label: "Käufe pro Kunde und Jahr",
      definition: "Kaufhäufigkeit ÷ beobachtete Jahre",
    },
    averageLifespanYears: {
      label: "Beobachtete durchschnittliche Kundenlebensdauer (Jahre)",
      definition: "Mittlere Zeit vom ersten bis zum letzten Kauf eines Kunden",
    },
    simpleClv: {
      label: "Einfacher CLV",
      definition: "Durchschnittlicher Bestellwert × Käufe pro Jahr × Lebensdauer (Jahre)",
    },
  },
};

const nl: Strings = {
  title: "Klantwaarde",
  intro:
    "Selecteer een bereik met transacties met een kopregel (klant, datum, bedrag) en vat het samen.",
  selection: "Selectie",
  noSelection: "Niets geselecteerd",
  selectionSize: (rows, columns, format) =>
    `${counted(rows, "rij", "rijen", format)} × ${counted(columns, "kolom", "kolommen", format)}`,
  summarize: "Selectie samenvatten",
  formulaHint: "Formules: typ =CX.CLV(500;3;5) of =CX.RFMSCORE(…) in een cel.",
  stageReading: (rows) => `Rijen lezen… ${rows}`,
  stageSummarizing: "Samenvatten…",
  stageWriting: "Overzichtstabel schrijven…",
  done: (sheetName) => `Het overzicht staat op het nieuwe blad ‘${sheetName}’.`,
  skipped: (total, blank, date, amount) =>
    `${total} rijen overgeslagen: ${blank} zonder klant, ${date} met een onleesbare datum, ${amount} met een niet-numeriek bedrag.`,
  errorNoData: "De selectie bevat geen gegevens. Selecteer de transacties, inclusief de kopregel.",
  errorMissingColumns: (columns) =>
    `Geen kolom gevonden voor: ${columns}. Geef de kolommen koppen zoals Klant, Datum en Bedrag.`,
  errorNoValidRows: "Geen enkele rij heeft een klant, een leesbare datum en een numeriek bedrag.",
  errorUnexpected: (detail) => `Er ging iets mis: ${detail}`,
  roleCustomer: "klant",
  roleDate: "datum",
  roleAmount: "bedrag",
  sheetName: "CX Overzicht",
  headerMeasure: "Kengetal",
  headerValue: "Waarde",
  headerDefinition: "Berekening",
  kpi: {
    customers: { label: "Klanten", definition: "Verschillende klant-id's" },
    orders: { label: "Bestellingen", definition: "Transacties (rijen) met klant, datum en bedrag" },
    revenue: { label: "Omzet", definition: "Som van de bedragen" },
    averageOrderValue: { label: "Gemiddelde orderwaarde", definition: "Omzet ÷ bestellingen" },
    purchaseFrequency: { label: "Aankoopfrequentie", definition: "Bestellingen ÷ klanten" },
    repeatPurchaseRate: {
      label: "Herhaalaankoopratio",
      definition: "Aandeel klanten met 2 of meer bestellingen",
    },
    firstDate: { label: "Eerste aankoop", definition: "Vroegste datum in de gegevens" },
    lastDate: { label: "Laatste aankoop", definition: "Laatste datum in de gegevens" },
    purchasesPerYear: {
      label: "Aankopen per klant per jaar",
      definition: "Aankoopfrequentie ÷ waargenomen jaren",
    },
    averageLifespanYears: {
      label: "Gemiddelde waargenomen klantlevensduur (jaren)",
      definition: "Gemiddelde tijd van de eerste tot de laatste aankoop van een klant",
    },
    simpleClv: {
      label: "Eenvoudige CLV",
      definition: "Gemiddelde orderwaarde × aankopen per jaar × levensduur (jaren)",
    },
  },
};

/** The pane's languages, keyed by two-letter code. */
export const stringsByLanguage: Record<Language, Strings> = { en, da, nb, de, nl };
