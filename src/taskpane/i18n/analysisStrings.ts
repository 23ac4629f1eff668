import type { ColumnRole } from "../../engine/read/columnRoles";
import type { Language } from "../../engine/language";
import type { TimeUnit } from "../../engine/read/timeUnit";
import type { SkippedRowReason } from "../../engine/read/skipReasons";

/** The stages a run goes through, each named in the progress bar. */
export type AnalysisStage = "reading" | "summarizing" | "fitting" | "writing";

/** The sheets of an analysis, by a key that stays the same in every language. */
export type AnalysisSheetKey = "customers" | "segments" | "attribute" | "atRisk" | "model";

/** Every piece of text the "Analyze customers" section shows or writes, in one language. */
export interface AnalysisStrings {
  heading: string;
  intro: string;
  useSelection: string;
  layout: string;
  layoutTransactions: string;
  layoutCustomers: string;
  customerTableHint: string;
  timeUnit: string;
  timeUnits: Record<TimeUnit, string>;
  columnRole: (header: string) => string;
  roles: Record<ColumnRole, string>;
  observationEnd: string;
  observationEndHint: string;
  observationEndTableHint: string;
  rfmBins: string;
  rfmMethod: string;
  segmentScheme: string;
  schemeRfmPackage: string;
  schemeAllReachable: string;
  methodQuantile: string;
  methodNtile: string;
  grossMargin: string;
  monthlyDiscountRate: string;
  horizonMonths: string;
  model: string;
  modelBgnbd: string;
  modelPnbd: string;
  modelNone: string;
  breakdown: string;
  breakdownNone: string;
  run: string;
  cancel: string;
  stages: Record<AnalysisStage, string>;
  done: (customers: string, sheets: string) => string;
  cancelled: string;
  modelFailed: (detail: string) => string;
  /** The purchase model failed because the data show no customer leaving. */
  modelNoDropout: string;
  needRoles: (roles: string) => string;
  invalidOption: (option: string) => string;
  /** `reasons` is the skipReasons of the reasons that occurred, joined by ", ". */
  skipped: (total: string, reasons: string) => string;
  skipReasons: Record<SkippedRowReason, (count: string) => string>;
  excluded: (rows: string) => string;
  returnsOnly: (customers: string) => string;
  selectFirstSkipped: string;
  sheetNames: Record<AnalysisSheetKey, string>;
  headers: {
    customer: string;
    customers: string;
    orders: string;
    revenue: string;
    averageOrderValue: string;
    firstPurchase: string;
    lastPurchase: string;
    recencyDays: string;
    recencyScore: string;
    frequencyScore: string;
    monetaryScore: string;
    rfmScore: string;
    segment: string;
    probabilityAlive: string;
    expectedPurchases: (months: string) => string;
    expectedSpend: string;
    predictedClv: (months: string) => string;
    customerShare: string;
    revenueShare: string;
    meanRecencyDays: string;
    meanOrders: string;
    meanRevenue: string;
    meanPredictedClv: string;
    totalPredictedClv: string;
    meanHistoricalValue: string;
    meanSimpleClv: string;
    noValue: string;
    valueAtStake: string;
    modelName: string;
    parameter: string;
    value: string;
    standardError: string;
    logLikelihood: string;
    repeatPurchases: string;
    actualCustomers: string;
    expectedCustomers: string;
    gridCorner: string;
  };
  charts: {
    segments: string;
    segmentAxis: string;
    shareAxis: string;
    attribute: string;
    valueAxis: string;
    modelFit: string;
    customersAxis: string;
  };
}

const en: AnalysisStrings = {
  heading: "Analyze customers",
  intro: "RFM segments, churn risk and predicted CLV per customer, on new sheets.",
  useSelection: "Use selection",
  layout: "Layout",
  layoutTransactions: "One row per transaction",
  layoutCustomers: "One row per customer",
  customerTableHint:
    "Customer table: x, t_x and T with the mean repeat spend as monetary value feed the models; recency in days, frequency (orders) and total revenue as monetary value give RFM only.",
  timeUnit: "Unit of t_x and T",
  timeUnits: { D: "Days", W: "Weeks", M: "Months" },
  columnRole: (header) => `Role of column “${header}”`,
  roles: {
    customer: "Customer",
    date: "Date",
    amount: "Amount",
    channel: "Channel",
    attribute: "Attribute",
    recency: "Recency",
    frequency: "Frequency",
    monetary: "Monetary value",
    x: "Repeat purchases (x)",
    tx: "Last purchase (t_x)",
    T: "Observed time (T)",
    ignore: "Ignore",
  },
  observationEnd: "Observation end",
  observationEndHint: "Empty: the day after the last date",
  observationEndTableHint: "Empty: purchase dates are left blank",
  rfmBins: "RFM scores (2–10)",
  rfmMethod: "Scoring",
  segmentScheme: "Segment rules",
  schemeRfmPackage: "R rfm package (as published)",
  schemeAllReachable: "Every segment reachable",
  methodQuantile: "Quantiles (ties share a score)",
  methodNtile: "Equal groups (ntile)",
  grossMargin: "Gross margin %",
  monthlyDiscountRate: "Monthly discount rate %",
  horizonMonths: "Horizon (months)",
  model: "Model",
  modelBgnbd: "BG/NBD + Gamma-Gamma",
  modelPnbd: "Pareto/NBD + Gamma-Gamma",
  modelNone: "None (RFM only)",
  breakdown: "Break CLV down by",
  breakdownNone: "Nothing",
  run: "Run analysis",
  cancel: "Cancel",
  stages: {
    reading: "Reading rows…",
    summarizing: "Summarizing customers…",
    fitting: "Fitting the models…",
    writing: "Writing the result sheets…",
  },
  done: (customers, sheets) => `${customers} customers analyzed. Sheets: ${sheets}.`,
  cancelled: "Analysis cancelled. Nothing was written.",
  modelFailed: (detail) => `The model could not be fitted: ${detail}`,
  modelNoDropout:
    "The model could not be fitted: the data show almost no customers leaving, so every customer looks alive and the chance of dropping out cannot be estimated. A longer observation period, or data that include customers who have stopped buying, may help. RFM results are on the sheets.",
  needRoles: (roles) => `Choose a column for: ${roles}.`,
  invalidOption: (option) => `Check the option “${option}”.`,
  skipped: (total, reasons) => `${total} rows skipped: ${reasons}.`,
  skipReasons: {
    blankCustomer: (count) => `${count} without a customer`,
    unreadableDate: (count) => `${count} with an unreadable date`,
    nonNumericAmount: (count) => `${count} with a non-numeric amount`,
    nonNumericValue: (count) => `${count} with a non-numeric value`,
    valueOutOfRange: (count) =>
      `${count} with a value out of range (negative, no orders, or t_x after T)`,
  },
  excluded: (rows) => `${rows} transactions after the observation end were left out.`,
  returnsOnly: (customers) => `${customers} customers with only returns were left out.`,
  selectFirstSkipped: "Show the first skipped row",
  sheetNames: {
    customers: "CX Customers",
    segments: "CX Segments",
    attribute: "CX By Attribute",
    atRisk: "CX At Risk",
    model: "CX Model",
  },
  headers: {
    customer: "Customer",
    customers: "Customers",
    orders: "Orders",
    revenue: "Revenue",
    averageOrderValue: "Average order value",
    firstPurchase: "First purchase",
    lastPurchase: "Last purchase",
    recencyDays: "Days since last purchase",
    recencyScore: "R",
    frequencyScore: "F",
    monetaryScore: "M",
    rfmScore: "RFM score",
    segment: "Segment",
    probabilityAlive: "P(alive)",
    expectedPurchases: (months) => `Expected purchases, ${months} months`,
    expectedSpend: "Expected spend per purchase",
    predictedClv: (months) => `Predicted CLV, ${months} months`,
    customerShare: "% of customers",
    revenueShare: "% of revenue",
    meanRecencyDays: "Mean days since last purchase",
    meanOrders: "Mean orders",
    meanRevenue: "Mean revenue",
    meanPredictedClv: "Mean predicted CLV",
    totalPredictedClv: "Total predicted CLV",
    meanHistoricalValue: "Mean historical value",
    meanSimpleClv: "Mean simple CLV",
    noValue: "(none)",
    valueAtStake: "Value at stake",
    modelName: "Model",
    parameter: "Parameter",
    value: "Value",
    standardError: "Standard error",
    logLikelihood: "Log-likelihood",
    repeatPurchases: "Repeat purchases",
    actualCustomers: "Actual customers",
    expectedCustomers: "Expected customers",
    gridCorner: "R \\ F",
  },
  charts: {
    segments: "Customers and revenue by segment",
    segmentAxis: "Segment",
    shareAxis: "Share",
    attribute: "Customer value by attribute",
    valueAxis: "Value",
    modelFit: "Customers by repeat purchases: actual and expected",
    customersAxis: "Customers",
  },
};

const da: AnalysisStrings = {
  heading: "Analysér kunder",
  intro: "RFM-segmenter, risiko for frafald og forventet CLV pr. kunde på nye ark.",
  useSelection: "Brug markeringen",
  layout: "Opbygning",
  layoutTransactions: "Én række pr. transaktion",
  layoutCustomers: "Én række pr. kunde",
  customerTableHint:
    "Kundetabel: x, t_x og T med det gennemsnitlige genkøbsbeløb som monetær værdi giver modellerne; recency i dage, frekvens (ordrer) og samlet omsætning som monetær værdi giver kun RFM.",
  timeUnit: "Enhed for t_x og T",
  timeUnits: { D: "Dage", W: "Uger", M: "Måneder" },
  columnRole: (header) => `Rolle for kolonnen “${header}”`,
  roles: {
    customer: "Kunde",
    date: "Dato",
    amount: "Beløb",
    channel: "Kanal",
    attribute: "Egenskab",
    recency: "Dage siden køb",
    frequency: "Frekvens",
    monetary: "Værdi",
    x: "Genkøb (x)",
    tx: "Seneste køb (t_x)",
    T: "Observeret tid (T)",
    ignore: "Ignorér",
  },
  observationEnd: "Observation slutter",
  observationEndHint: "Tom: dagen efter den seneste dato",
  observationEndTableHint: "Tom: købsdatoer efterlades tomme",
  rfmBins: "RFM-scorer (2–10)",
  rfmMethod: "Scoring",
  segmentScheme: "Segmentregler",
  schemeRfmPackage: "R-pakken rfm (som udgivet)",
  schemeAllReachable: "Alle segmenter kan nås",
  methodQuantile: "Kvantiler (ens værdier får samme score)",
  methodNtile: "Lige store grupper (ntile)",
  grossMargin: "Dækningsgrad %",
  monthlyDiscountRate: "Månedlig diskonteringsrente %",
  horizonMonths: "Horisont (måneder)",
  model: "Model",
  modelBgnbd: "BG/NBD + Gamma-Gamma",
  modelPnbd: "Pareto/NBD + Gamma-Gamma",
  modelNone: "Ingen (kun RFM)",
  breakdown: "Fordel CLV efter",
  breakdownNone: "Intet",
  run: "Kør analysen",
  cancel: "Annullér",
  stages: {
    reading: "Læser rækker…",
    summarizing: "Opsummerer kunder…",
    fitting: "Tilpasser modellerne…",
    writing: "Skriver resultatarkene…",
  },
  done: (customers, sheets) => `${customers} kunder analyseret. Ark: ${sheets}.`,
  cancelled: "Analysen blev annulleret. Intet blev skrevet.",
  modelFailed: (detail) => `Modellen kunne ikke tilpasses: ${detail}`,
  modelNoDropout:
    "Modellen kunne ikke tilpasses: dataene viser næsten ingen kunder, der falder fra, så alle kunder ser aktive ud, og sandsynligheden for frafald kan ikke estimeres. En længere observationsperiode eller data med kunder, der er holdt op med at købe, kan hjælpe. RFM-resultaterne står på arkene.",
  needRoles: (roles) => `Vælg en kolonne til: ${roles}.`,
  invalidOption: (option) => `Kontrollér indstillingen “${option}”.`,
  skipped: (total, reasons) => `${total} rækker sprunget over: ${reasons}.`,
  skipReasons: {
    blankCustomer: (count) => `${count} uden kunde`,
    unreadableDate: (count) => `${count} med en ulæselig dato`,
    nonNumericAmount: (count) => `${count} med et ikke-numerisk beløb`,
    nonNumericValue: (count) => `${count} med en ikke-numerisk værdi`,
    valueOutOfRange: (count) =>
      `${count} med en værdi uden for området (negativ, ingen ordrer eller t_x efter T)`,
  },
  excluded: (rows) => `${rows} transaktioner efter observationsslut blev udeladt.`,
  returnsOnly: (customers) => `${customers} kunder med kun returneringer blev udeladt.`,
  selectFirstSkipped: "Vis den første oversprungne række",
  sheetNames: {
    customers: "CX Kunder",
    segments: "CX Segmenter",
    attribute: "CX Efter egenskab",
    atRisk: "CX I risiko",
    model: "CX Model",
  },
  headers: {
    customer: "Kunde",
    customers: "Kunder",
    orders: "Ordrer",
    revenue: "Omsætning",
    averageOrderValue: "Gennemsnitlig ordreværdi",
    firstPurchase: "Første køb",
    lastPurchase: "Seneste køb",
    recencyDays: "Dage siden seneste køb",
    recencyScore: "R",
    frequencyScore: "F",
    monetaryScore: "M",
    rfmScore: "RFM-score",
    segment: "Segment",
    probabilityAlive: "P(aktiv)",
    expectedPurchases: (months) => `Forventede køb, ${months} måneder`,
    expectedSpend: "Forventet beløb pr. køb",
    predictedClv: (months) => `Forventet CLV, ${months} måneder`,
    customerShare: "% af kunderne",
    revenueShare: "% af omsætningen",
    meanRecencyDays: "Gns. dage siden seneste køb",
    meanOrders: "Gns. ordrer",
    meanRevenue: "Gns. omsætning",
    meanPredictedClv: "Gns. forventet CLV",
    totalPredictedClv: "Samlet forventet CLV",
    meanHistoricalValue: "Gns. historisk værdi",
    meanSimpleClv: "Gns. simpel CLV",
    noValue: "(ingen)",
    valueAtStake: "Værdi på spil",
    modelName: "Model",
    parameter: "Parameter",
    value: "Værdi",
    standardError: "Standardfejl",
    logLikelihood: "Log-likelihood",
    repeatPurchases: "Genkøb",
    actualCustomers: "Faktiske kunder",
    expectedCustomers: "Forventede kunder",
    gridCorner: "R \\ F",
  },
  charts: {
    segments: "Kunder og omsætning pr. segment",
    segmentAxis: "Segment",
    shareAxis: "Andel",
    attribute: "Kundeværdi pr. egenskab",
    valueAxis: "Værdi",
    modelFit: "Kunder efter antal genkøb: faktisk og forventet",
    customersAxis: "Kunder",
  },
};

const nb: AnalysisStrings = {
  heading: "Analyser kunder",
  intro: "RFM-segmenter, frafallsrisiko og forventet CLV per kunde på nye ark.",
  useSelection: "Bruk merket område",
  layout: "Oppbygning",
  layoutTransactions: "Én rad per transaksjon",
  layoutCustomers: "Én rad per kunde",
  customerTableHint:
    "Kundetabell: x, t_x og T med gjennomsnittlig gjenkjøpsbeløp som monetær verdi gir modellene; recency i dager, frekvens (ordrer) og samlet omsetning som monetær verdi gir bare RFM.",
  timeUnit: "Enhet for t_x og T",
  timeUnits: { D: "Dager", W: "Uker", M: "Måneder" },
  columnRole: (header) => `Rolle for kolonnen «${header}»`,
  roles: {
    customer: "Kunde",
    date: "Dato",
    amount: "Beløp",
    channel: "Kanal",
    attribute: "Egenskap",
    recency: "Dager siden kjøp",
    frequency: "Frekvens",
    monetary: "Verdi",
    x: "Gjenkjøp (x)",
    tx: "Siste kjøp (t_x)",
    T: "Observert tid (T)",
    ignore: "Ignorer",
  },
  observationEnd: "Observasjon slutter",
  observationEndHint: "Tom: dagen etter siste dato",
  observationEndTableHint: "Tom: kjøpsdatoer blir stående tomme",
  rfmBins: "RFM-skårer (2–10)",
  rfmMethod: "Skåring",
  segmentScheme: "Segmentregler",
  schemeRfmPackage: "R-pakken rfm (som publisert)",
  schemeAllReachable: "Alle segmenter kan nås",
  methodQuantile: "Kvantiler (like verdier får samme skår)",
  methodNtile: "Like store grupper (ntile)",
  grossMargin: "Bruttomargin %",
  monthlyDiscountRate: "Månedlig diskonteringsrente %",
  horizonMonths: "Horisont (måneder)",
  model: "Modell",
  modelBgnbd: "BG/NBD + Gamma-Gamma",
  modelPnbd: "Pareto/NBD + Gamma-Gamma",
  modelNone: "Ingen (bare RFM)",
  breakdown: "Fordel CLV etter",
  breakdownNone: "Ingenting",
  run: "Kjør analysen",
  cancel: "Avbryt",
  stages: {
    reading: "Leser rader…",
    summarizing: "Oppsummerer kunder…",
    fitting: "Tilpasser modellene…",
    writing: "Skriver resultatarkene…",
  },
  done: (customers, sheets) => `${customers} kunder analysert. Ark: ${sheets}.`,
  cancelled: "Analysen ble avbrutt. Ingenting ble skrevet.",
  modelFailed: (detail) => `Modellen kunne ikke tilpasses: ${detail}`,
  modelNoDropout:
    "Modellen kunne ikke tilpasses: dataene viser nesten ingen kunder som faller fra, så alle kunder ser aktive ut, og sannsynligheten for frafall kan ikke estimeres. En lengre observasjonsperiode eller data med kunder som har sluttet å kjøpe, kan hjelpe. RFM-resultatene står på arkene.",
  needRoles: (roles) => `Velg en kolonne for: ${roles}.`,
  invalidOption: (option) => `Kontroller innstillingen «${option}».`,
  skipped: (total, reasons) => `${total} rader hoppet over: ${reasons}.`,
  skipReasons: {
    blankCustomer: (count) => `${count} uten kunde`,
    unreadableDate: (count) => `${count} med uleselig dato`,
    nonNumericAmount: (count) => `${count} med ikke-numerisk beløp`,
    nonNumericValue: (count) => `${count} med ikke-numerisk verdi`,
    valueOutOfRange: (count) =>
      `${count} med en verdi utenfor området (negativ, ingen ordrer eller t_x etter T)`,
  },
  excluded: (rows) => `${rows} transaksjoner etter observasjonsslutt ble utelatt.`,
  returnsOnly: (customers) => `${customers} kunder med bare returer ble utelatt.`,
  selectFirstSkipped: "Vis den første raden som ble hoppet over",
  sheetNames: {
    customers: "CX Kunder",
    segments: "CX Segmenter",
    attribute: "CX Etter egenskap",
    atRisk: "CX I faresonen",
    model: "CX Modell",
  },
  headers: {
    customer: "Kunde",
    customers: "Kunder",
    orders: "Ordrer",
    revenue: "Omsetning",
    averageOrderValue: "Gjennomsnittlig ordreverdi",
    firstPurchase: "Første kjøp",
    lastPurchase: "Siste kjøp",
    recencyDays: "Dager siden siste kjøp",
    recencyScore: "R",
    frequencyScore: "F",
    monetaryScore: "M",
    rfmScore: "RFM-skår",
    segment: "Segment",
    probabilityAlive: "P(aktiv)",
    expectedPurchases: (months) => `Forventede kjøp, ${months} måneder`,
    expectedSpend: "Forventet beløp per kjøp",
    predictedClv: (months) => `Forventet CLV, ${months} måneder`,
    customerShare: "% av kundene",
    revenueShare: "% av omsetningen",
    meanRecencyDays: "Snitt dager siden siste kjøp",
    meanOrders: "Snitt ordrer",
    meanRevenue: "Snitt omsetning",
    meanPredictedClv: "Snitt forventet CLV",
    totalPredictedClv: "Samlet forventet CLV",
    meanHistoricalValue: "Snitt historisk verdi",
    meanSimpleClv: "Snitt enkel CLV",
    noValue: "(ingen)",
    valueAtStake: "Verdi som står på spill",
    modelName: "Modell",
    parameter: "Parameter",
    value: "Verdi",
    standardError: "Standardfeil",
    logLikelihood: "Log-likelihood",
    repeatPurchases: "Gjenkjøp",
    actualCustomers: "Faktiske kunder",
    expectedCustomers: "Forventede kunder",
    gridCorner: "R \\ F",
  },
  charts: {
    segments: "Kunder og omsetning per segment",
    segmentAxis: "Segment",
    shareAxis: "Andel",
    attribute: "Kundeverdi per egenskap",
    valueAxis: "Verdi",
    modelFit: "Kunder etter antall gjenkjøp: faktisk og forventet",
    customersAxis: "Kunder",
  },
};

const de: AnalysisStrings = {
  heading: "Kunden analysieren",
  intro: "RFM-Segmente, Abwanderungsrisiko und prognostizierter CLV je Kunde, auf neuen Blättern.",
  useSelection: "Auswahl verwenden",
  layout: "Aufbau",
  layoutTransactions: "Eine Zeile je Transaktion",
  layoutCustomers: "Eine Zeile je Kunde",
  customerTableHint:
    "Kundentabelle: x, t_x und T mit dem mittleren Wiederkaufwert als monetärem Wert speisen die Modelle; Recency in Tagen, Frequenz (Bestellungen) und Gesamtumsatz als monetärer Wert ergeben nur RFM.",
  timeUnit: "Einheit von t_x und T",
  timeUnits: { D: "Tage", W: "Wochen", M: "Monate" },
  columnRole: (header) => `Rolle der Spalte „${header}“`,
  roles: {
    customer: "Kunde",
    date: "Datum",
    amount: "Betrag",
    channel: "Kanal",
    attribute: "Merkmal",
    recency: "Tage seit Kauf",
    frequency: "Häufigkeit",
    monetary: "Wert",
    x: "Wiederholungskäufe (x)",
    tx: "Letzter Kauf (t_x)",
    T: "Beobachtungszeit (T)",
    ignore: "Ignorieren",
  },
  observationEnd: "Beobachtungsende",
  observationEndHint: "Leer: der Tag nach dem letzten Datum",
  observationEndTableHint: "Leer: Kaufdaten bleiben leer",
  rfmBins: "RFM-Stufen (2–10)",
  rfmMethod: "Bewertung",
  segmentScheme: "Segmentregeln",
  schemeRfmPackage: "R-Paket rfm (wie veröffentlicht)",
  schemeAllReachable: "Jedes Segment erreichbar",
  methodQuantile: "Quantile (gleiche Werte, gleiche Stufe)",
  methodNtile: "Gleich große Gruppen (ntile)",
  grossMargin: "Bruttomarge %",
  monthlyDiscountRate: "Monatlicher Diskontsatz %",
  horizonMonths: "Horizont (Monate)",
  model: "Modell",
  modelBgnbd: "BG/NBD + Gamma-Gamma",
  modelPnbd: "Pareto/NBD + Gamma-Gamma",
  modelNone: "Keines (nur RFM)",
  breakdown: "CLV aufschlüsseln nach",
  breakdownNone: "Nichts",
  run: "Analyse starten",
  cancel: "Abbrechen",
  stages: {
    reading: "Zeilen werden gelesen…",
    summarizing: "Kunden werden zusammengefasst…",
    fitting: "Modelle werden angepasst…",
    writing: "Ergebnisblätter werden geschrieben…",
  },
  done: (customers, sheets) => `${customers} Kunden analysiert. Blätter: ${sheets}.`,
  cancelled: "Analyse abgebrochen. Es wurde nichts geschrieben.",
  modelFailed: (detail) => `Das Modell konnte nicht angepasst werden: ${detail}`,
  modelNoDropout:
    "Das Modell konnte nicht angepasst werden: Die Daten zeigen kaum abwandernde Kunden, daher wirken alle Kunden aktiv und die Abwanderungswahrscheinlichkeit lässt sich nicht schätzen. Ein längerer Beobachtungszeitraum oder Daten mit Kunden, die nicht mehr kaufen, können helfen. Die RFM-Ergebnisse stehen auf den Blättern.",
  needRoles: (roles) => `Wählen Sie eine Spalte für: ${roles}.`,
  invalidOption: (option) => `Prüfen Sie die Einstellung „${option}“.`,
  skipped: (total, reasons) => `${total} Zeilen übersprungen: ${reasons}.`,
  skipReasons: {
    blankCustomer: (count) => `${count} ohne Kunde`,
    unreadableDate: (count) => `${count} mit unlesbarem Datum`,
    nonNumericAmount: (count) => `${count} mit nicht numerischem Betrag`,
    nonNumericValue: (count) => `${count} mit nicht numerischem Wert`,
    valueOutOfRange: (count) =>
      `${count} mit einem Wert außerhalb des Bereichs (negativ, keine Bestellung oder t_x nach T)`,
  },
  excluded: (rows) => `${rows} Transaktionen nach dem Beobachtungsende wurden ausgelassen.`,
  returnsOnly: (customers) => `${customers} Kunden mit nur Retouren wurden ausgelassen.`,
  selectFirstSkipped: "Erste übersprungene Zeile zeigen",
  sheetNames: {
    customers: "CX Kunden",
    segments: "CX Segmente",
    attribute: "CX Nach Merkmal",
    atRisk: "CX Gefährdet",
    model: "CX Modell",
  },
  headers: {
    customer: "Kunde",
    customers: "Kunden",
    orders: "Bestellungen",
    revenue: "Umsatz",
    averageOrderValue: "Durchschnittlicher Bestellwert",
    firstPurchase: "Erster Kauf",
    lastPurchase: "Letzter Kauf",
    recencyDays: "Tage seit dem letzten Kauf",
    recencyScore: "R",
    frequencyScore: "F",
    monetaryScore: "M",
    rfmScore: "RFM-Wert",
    segment: "Segment",
    probabilityAlive: "P(aktiv)",
    expectedPurchases: (months) => `Erwartete Käufe, ${months} Monate`,
    expectedSpend: "Erwarteter Betrag je Kauf",
    predictedClv: (months) => `Prognostizierter CLV, ${months} Monate`,
    customerShare: "% der Kunden",
    revenueShare: "% des Umsatzes",
    meanRecencyDays: "Mittlere Tage seit dem letzten Kauf",
    meanOrders: "Mittlere Bestellungen",
    meanRevenue: "Mittlerer Umsatz",
    meanPredictedClv: "Mittlerer prognostizierter CLV",
    totalPredictedClv: "Prognostizierter CLV gesamt",
    meanHistoricalValue: "Mittlerer bisheriger Wert",
    meanSimpleClv: "Mittlerer einfacher CLV",
    noValue: "(keiner)",
    valueAtStake: "Gefährdeter Wert",
    modelName: "Modell",
    parameter: "Parameter",
    value: "Wert",
    standardError: "Standardfehler",
    logLikelihood: "Log-Likelihood",
    repeatPurchases: "Wiederholungskäufe",
    actualCustomers: "Tatsächliche Kunden",
    expectedCustomers: "Erwartete Kunden",
    gridCorner: "R \\ F",
  },
  charts: {
    segments: "Kunden und Umsatz je Segment",
    segmentAxis: "Segment",
    shareAxis: "Anteil",
    attribute: "Kundenwert je Merkmal",
    valueAxis: "Wert",
    modelFit: "Kunden nach Wiederholungskäufen: tatsächlich und erwartet",
    customersAxis: "Kunden",
  },
};

const nl: AnalysisStrings = {
  heading: "Klanten analyseren",
  intro: "RFM-segmenten, verlooprisico en voorspelde CLV per klant, op nieuwe bladen.",
  useSelection: "Selectie gebruiken",
  layout: "Opbouw",
  layoutTransactions: "Eén rij per transactie",
  layoutCustomers: "Eén rij per klant",
  customerTableHint:
    "Klanttabel: x, t_x en T met de gemiddelde herhaalaankoop als monetaire waarde voeden de modellen; recentheid in dagen, frequentie (orders) en totale omzet als monetaire waarde geven alleen RFM.",
  timeUnit: "Eenheid van t_x en T",
  timeUnits: { D: "Dagen", W: "Weken", M: "Maanden" },
  columnRole: (header) => `Rol van kolom ‘${header}’`,
  roles: {
    customer: "Klant",
    date: "Datum",
    amount: "Bedrag",
    channel: "Kanaal",
    attribute: "Kenmerk",
    recency: "Dagen sinds aankoop",
    frequency: "Frequentie",
    monetary: "Waarde",
    x: "Herhaalaankopen (x)",
    tx: "Laatste aankoop (t_x)",
    T: "Waargenomen tijd (T)",
    ignore: "Negeren",
  },
  observationEnd: "Einde waarneming",
  observationEndHint: "Leeg: de dag na de laatste datum",
  observationEndTableHint: "Leeg: aankoopdatums blijven leeg",
  rfmBins: "RFM-scores (2–10)",
  rfmMethod: "Scoren",
  segmentScheme: "Segmentregels",
  schemeRfmPackage: "R-pakket rfm (zoals gepubliceerd)",
  schemeAllReachable: "Elk segment bereikbaar",
  methodQuantile: "Kwantielen (gelijk = zelfde score)",
  methodNtile: "Even grote groepen (ntile)",
  grossMargin: "Brutomarge %",
  monthlyDiscountRate: "Maandelijkse disconteringsvoet %",
  horizonMonths: "Horizon (maanden)",
  model: "Model",
  modelBgnbd: "BG/NBD + Gamma-Gamma",
  modelPnbd: "Pareto/NBD + Gamma-Gamma",
  modelNone: "Geen (alleen RFM)",
  breakdown: "CLV uitsplitsen naar",
  breakdownNone: "Niets",
  run: "Analyse uitvoeren",
  cancel: "Annuleren",
  stages: {
    reading: "Rijen lezen…",
    summarizing: "Klanten samenvatten…",
    fitting: "Modellen schatten…",
    writing: "Resultaatbladen schrijven…",
  },
  done: (customers, sheets) => `${customers} klanten geanalyseerd. Bladen: ${sheets}.`,
  cancelled: "Analyse geannuleerd. Er is niets geschreven.",
  modelFailed: (detail) => `Het model kon niet worden geschat: ${detail}`,
  modelNoDropout:
    "Het model kon niet worden geschat: de gegevens tonen bijna geen klanten die afhaken, dus elke klant lijkt actief en de kans op afhaken is niet te schatten. Een langere observatieperiode of gegevens met klanten die gestopt zijn met kopen kunnen helpen. De RFM-resultaten staan op de bladen.",
  needRoles: (roles) => `Kies een kolom voor: ${roles}.`,
  invalidOption: (option) => `Controleer de instelling ‘${option}’.`,
  skipped: (total, reasons) => `${total} rijen overgeslagen: ${reasons}.`,
  skipReasons: {
    blankCustomer: (count) => `${count} zonder klant`,
    unreadableDate: (count) => `${count} met een onleesbare datum`,
    nonNumericAmount: (count) => `${count} met een niet-numeriek bedrag`,
    nonNumericValue: (count) => `${count} met een niet-numerieke waarde`,
    valueOutOfRange: (count) =>
      `${count} met een waarde buiten het bereik (negatief, geen orders of t_x na T)`,
  },
  excluded: (rows) => `${rows} transacties na het einde van de observatie zijn weggelaten.`,
  returnsOnly: (customers) => `${customers} klanten met alleen retouren zijn weggelaten.`,
  selectFirstSkipped: "Eerste overgeslagen rij tonen",
  sheetNames: {
    customers: "CX Klanten",
    segments: "CX Segmenten",
    attribute: "CX Per kenmerk",
    atRisk: "CX Risico",
    model: "CX Model",
  },
  headers: {
    customer: "Klant",
    customers: "Klanten",
    orders: "Bestellingen",
    revenue: "Omzet",
    averageOrderValue: "Gemiddelde orderwaarde",
    firstPurchase: "Eerste aankoop",
    lastPurchase: "Laatste aankoop",
    recencyDays: "Dagen sinds laatste aankoop",
    recencyScore: "R",
    frequencyScore: "F",
    monetaryScore: "M",
    rfmScore: "RFM-score",
    segment: "Segment",
    probabilityAlive: "P(actief)",
    expectedPurchases: (months) => `Verwachte aankopen, ${months} maanden`,
    expectedSpend: "Verwacht bedrag per aankoop",
    predictedClv: (months) => `Voorspelde CLV, ${months} maanden`,
    customerShare: "% van klanten",
    revenueShare: "% van omzet",
    meanRecencyDays: "Gem. dagen sinds laatste aankoop",
    meanOrders: "Gem. bestellingen",
    meanRevenue: "Gem. omzet",
    meanPredictedClv: "Gem. voorspelde CLV",
    totalPredictedClv: "Totale voorspelde CLV",
    meanHistoricalValue: "Gem. historische waarde",
    meanSimpleClv: "Gem. eenvoudige CLV",
    noValue: "(geen)",
    valueAtStake: "Waarde op het spel",
    modelName: "Model",
    parameter: "Parameter",
    value: "Waarde",
    standardError: "Standaardfout",
    logLikelihood: "Log-likelihood",
    repeatPurchases: "Herhaalaankopen",
    actualCustomers: "Werkelijke klanten",
    expectedCustomers: "Verwachte klanten",
    gridCorner: "R \\ F",
  },
  charts: {
    segments: "Klanten en omzet per segment",
    segmentAxis: "Segment",
    shareAxis: "Aandeel",
    attribute: "Klantwaarde per kenmerk",
    valueAxis: "Waarde",
    modelFit: "Klanten naar herhaalaankopen: werkelijk en verwacht",
    customersAxis: "Klanten",
  },
};

export const analysisStringsByLanguage: Record<Language, AnalysisStrings> = { en, da, nb, de, nl };
