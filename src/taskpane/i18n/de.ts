import { CHANNEL_ROW_NAMES } from "../../engine/channels/channelRowNames";
import { counted, oneOrMany } from "./counted";
import type { PaneStrings } from "./paneStrings";

/**
 * The pane in German: every text it shows and writes on its sheets.
 * @example
 * de.sheetNames.summary // -> "CX Übersicht"
 */
export const de: PaneStrings = {
  subscriptions: {
    layout: "Eine Zeile je Abonnement",
    hint: "Abonnementtabelle: je Zeile ein Beginn- und ein Enddatum (leer, solange es läuft), wahlweise der Preis je Periode und der Tarif. Kohorten nach Startperiode, Überleben und eine sBG-Anpassung je Kohorte, Tarif und insgesamt, und der Wert jedes aktiven Abonnenten.",
    period: "Kohorten und Verlängerungen je",
    observationEndHint: "Leer: das späteste Beginn- oder Enddatum",
    byPlan: "Die Tarifspalte, falls vorhanden",
    done: (subscriptions, sheets, format) =>
      `${counted(subscriptions, "Abonnement", "Abonnements", format)} analysiert. Blätter: ${sheets}.`,
    sheetName: "CX Abonnements",
    outcome: (subscriptions, cohorts, active, format) =>
      `${counted(subscriptions, "Abonnement", "Abonnements", format)} in ${counted(cohorts, "Kohorte", "Kohorten", format)}; ${format(active)} am Beobachtungsende aktiv.`,
    skipped: (rows, format) =>
      `${counted(rows, "Zeile", "Zeilen", format)} ausgelassen: ein Beginn oder Ende, das kein Datum ist, oder ein Ende vor dem Beginn.`,
    discountAboveZero:
      "Eine Abonnementtabelle braucht einen monatlichen Diskontsatz über 0 und unter 100 %: Die Verlängerungen jedes Abonnenten werden ohne Ende summiert, nur die Diskontierung hält ihren Wert endlich.",
    all: "Alle Abonnements",
    unboundedLifetime:
      "Erwartete Lebensdauer unbegrenzt (α ≤ 1), daher leer: Gruppen nach DERL vergleichen.",
    headers: {
      account: "Abonnements",
      group: "Gruppe",
      cohort: "Kohorte",
      subscribers: "Abonnenten",
      active: "Aktiv",
      alpha: "sBG α",
      beta: "sBG β",
      expectedLifetime: "Erwartete Lebensdauer (Perioden)",
      expectedRemaining: "Erwartete Restlebensdauer (Perioden)",
      newSubscriberDerl: "DERL eines neuen Abonnenten",
      note: "Hinweis",
      period: "Periode",
      observed: (group) => `${group}: beobachtet`,
      fitted: (group) => `${group}: sBG`,
      customer: "Kunde",
      renewals: "Verlängerungen",
      fee: "Preis",
      derl: "DERL",
      clv: "CLV",
    },
    chartTitle: "Überleben: beobachtet, angepasst und fortgeschrieben (sBG)",
    survivalAxis: "Anteil noch abonniert",
    periodAxis: "Perioden seit Beginn",
  },
  overTime: {
    cohortsSheet: "CX Kohorten",
    trendsSheet: "CX Verlauf",
    historySheet: "CX Historie",
    period: "Kohorten und Verlauf je",
    byPeriod: {
      week: {
        retentionCorner: "Kundenbindung: Kohorte \\ Woche",
        since: (count) => `Woche ${count}`,
        valueAt: (count) => `Wert nach ${counted(count, "Woche", "Wochen", String)}`,
        observed: "Beobachtete Wochen",
        label: "Woche (ab Montag)",
        end: "Ende der Woche",
        sinceAxis: "Wochen seit dem Erstkauf",
        trends: "Aktive und neue Kunden je Woche",
      },
      month: {
        retentionCorner: "Kundenbindung: Kohorte \\ Monat",
        since: (count) => `Monat ${count}`,
        valueAt: (count) => `Wert nach ${counted(count, "Monat", "Monaten", String)}`,
        observed: "Beobachtete Monate",
        label: "Monat",
        end: "Monatsende",
        sinceAxis: "Monate seit dem Erstkauf",
        trends: "Aktive und neue Kunden je Monat",
      },
      quarter: {
        retentionCorner: "Kundenbindung: Kohorte \\ Quartal",
        since: (count) => `Quartal ${count}`,
        valueAt: (count) => `Wert nach ${counted(count, "Quartal", "Quartalen", String)}`,
        observed: "Beobachtete Quartale",
        label: "Quartal",
        end: "Quartalsende",
        sinceAxis: "Quartale seit dem Erstkauf",
        trends: "Aktive und neue Kunden je Quartal",
      },
      year: {
        retentionCorner: "Kundenbindung: Kohorte \\ Jahr",
        since: (count) => `Jahr ${count}`,
        valueAt: (count) => `Wert nach ${counted(count, "Jahr", "Jahren", String)}`,
        observed: "Beobachtete Jahre",
        label: "Jahr",
        end: "Jahresende",
        sinceAxis: "Jahre seit dem Erstkauf",
        trends: "Aktive und neue Kunden je Jahr",
      },
    },
    headers: {
      valueCorner: "Wert je Kunde (grau: prognostiziert)",
      cohort: "Kohorte",
      firstOrderValue: "Wert der Erstbestellung",
      customersEver: "Kunden bisher",
      activeCustomers: (days) => `Aktive Kunden (${days} Tage)`,
      newCustomers: "Neukunden",
      purchaseFrequency: "Kaufhäufigkeit",
      repeatRate: "Wiederkaufrate",
      churnRate: (days) => `Abwanderungsrate (kein Kauf in ${days} Tagen)`,
      retentionRate: "Bindungsrate (der in der Vorperiode Aktiven)",
      observationEnd: "Beobachtungsende",
      segmentShare: (segment) => `% ${segment}`,
    },
    charts: {
      cohortValue: "Kumulierter Wert je Kunde nach Kohorte (beobachtet, dann prognostiziert)",
      valueAxis: "Wert je Kunde",
      customersAxis: "Kunden",
      history: "Mittlerer prognostizierter CLV je Lauf",
      runAxis: "Beobachtungsende",
    },
  },
  sql: {
    heading: "Zu viele Daten für ein Blatt?",
    intro:
      "Erstellen Sie die Kundentabelle dort, wo die Daten liegen: Das Add-In schreibt das SQL, Ihr Data Warehouse führt es aus, und das Ergebnis (eine Zeile pro Kunde) passt auf ein Blatt.",
    engine: "Datenbank",
    fields: {
      table: "Tabelle",
      customerColumn: "Kundenspalte",
      dateColumn: "Datumsspalte",
      amountColumn: "Betragsspalte",
      orderColumn: "Bestellnummer-Spalte (optional)",
      channelColumn: "Kanalspalte (optional)",
      observationEnd: "Beobachtungsende (optional)",
    },
    observationEndHint: "Standard: der Tag nach dem letzten Datum.",
    invalidObservationEnd: "Das Beobachtungsende ist kein Datum von 1900-03-01 bis 9999-12-31.",
    detect: "Aus Auswahl erkennen",
    missing: (fields) => `Bitte ausfüllen: ${fields}.`,
    query: "Abfrage",
    copy: "Kopieren",
    copied: "Die Abfrage ist in der Zwischenablage.",
    copyFailed:
      "Kopieren war hier nicht erlaubt: Markieren Sie den Text der Abfrage und kopieren Sie ihn selbst.",
    steps: [
      "Führen Sie die Abfrage in Ihrem Data Warehouse aus.",
      "Laden Sie das Ergebnis in ein Blatt, z. B. als CSV exportieren und öffnen oder mit Power Query.",
      "Markieren Sie es und starten Sie Kunden analysieren: Es wird als Kundentabelle gelesen.",
    ],
  },
  title: "Kundenwert",
  intro:
    "Markieren Sie einen Bereich mit Transaktionen und Überschriftenzeile (Kunde, Datum, Betrag) oder eine Kundentabelle und analysieren Sie ihn.",
  selection: "Auswahl",
  noSelection: "Nichts ausgewählt",
  selectOneRange:
    "Es sind mehrere Bereiche markiert. Markieren Sie einen Bereich: die Transaktionen mit der Überschriftenzeile.",
  selectionSize: (rows, columns, format) =>
    `${counted(rows, "Zeile", "Zeilen", format)} × ${counted(columns, "Spalte", "Spalten", format)}`,
  dataRange: (address, rows, format) =>
    `Liest ${address}: ${counted(rows, "Zeile", "Zeilen", format)} unter der Überschriftenzeile.`,
  dataTable: (table, rows, format) =>
    `Liest die Tabelle „${table}“ so, wie sie beim Start eines Laufs ist (jetzt ${counted(rows, "Zeile", "Zeilen", format)}).`,
  formulaHint: "Formeln: Geben Sie =CX.CLV(500;3;5) oder =CX.RFMSCORE(…) in eine Zelle ein.",
  errorNoData:
    "Die Auswahl enthält keine Daten. Markieren Sie die Transaktionen einschließlich der Überschriftenzeile.",
  tableGone: (table) =>
    `Die für diesen Lauf gewählte Tabelle „${table}“ gibt es nicht mehr (gelöscht oder umbenannt). Markieren Sie sie, und verwenden Sie die Auswahl erneut.`,
  tableHeaderHidden: (table) =>
    `Die für diesen Lauf gewählte Tabelle „${table}“ zeigt ihre Überschriftenzeile nicht mehr. Blenden Sie sie wieder ein (Tabellenentwurf ▸ Überschrift), damit ihre Spalten gelesen werden können.`,
  selectedTableHeaderHidden: (table) =>
    `Die Tabelle „${table}“ blendet ihre Überschriftenzeile aus, daher haben ihre Spalten keine Namen. Blenden Sie sie ein (Tabellenentwurf ▸ Überschrift), und verwenden Sie die Auswahl erneut.`,
  rowsUnderTable: (table) =>
    `Die Zeilen unter der Tabelle „${table}“ gehören nicht zu ihr und wurden nicht gelesen. Falls sie dazugehören, ändern Sie die Tabellengröße, damit sie diese Zeilen einschließt.`,
  tableChanged: (table) =>
    `Die Spalten der Tabelle „${table}“ haben sich geändert, seit sie gewählt wurde. Markieren Sie sie, und verwenden Sie die Auswahl erneut, damit die Rollen zu ihren Spalten passen.`,
  errorNoValidRows:
    "Keine Zeile hat einen Kunden, ein lesbares Datum und einen numerischen Betrag.",
  errorNoValidCustomers: "Keine Zeile hat einen Kunden und verwendbare Werte.",
  errorUnexpected: (detail) => `Etwas ist schiefgegangen: ${detail}`,
  paneFailed: (detail) =>
    `Der Aufgabenbereich wurde durch einen Fehler angehalten: ${detail}. Starten Sie ihn neu, um fortzufahren.`,
  paneRestart: "Aufgabenbereich neu starten",
  heading: "Kunden analysieren",
  analyzeIntro:
    "Eine Übersicht der Kennzahlen, RFM-Segmente, Abwanderungsrisiko und prognostizierter CLV je Kunde, auf neuen Blättern.",
  useSelection: "Auswahl verwenden",
  layout: "Aufbau",
  layoutTransactions: "Eine Zeile je Transaktion",
  layoutCustomers: "Eine Zeile je Kunde",
  customerTableHint:
    "Kundentabelle: x, t_x und T mit dem mittleren Wiederkaufwert als monetärem Wert speisen die Modelle; Recency in Tagen, Frequenz (Bestellungen) und Gesamtumsatz als monetärer Wert ergeben nur RFM.",
  timeUnit: "Einheit von t_x und T",
  timeUnits: { D: "Tage", W: "Wochen", M: "Monate" },
  periods: { week: "Woche", month: "Monat", quarter: "Quartal", year: "Jahr" },
  columnRole: (header) => `Rolle der Spalte „${header}“`,
  blankColumn: (letters) => `Spalte ${letters}`,
  duplicateColumn: (header, letters) => `${header} (Spalte ${letters})`,
  roles: {
    customer: "Kunde",
    date: "Datum",
    amount: "Betrag",
    order: "Bestellnummer",
    channel: "Kanal",
    attribute: "Merkmal",
    recency: "Tage seit Kauf",
    frequency: "Häufigkeit",
    monetary: "Wert",
    orders: "Bestellungen",
    revenue: "Umsatz",
    firstPurchase: "Datum des ersten Kaufs",
    lastPurchase: "Datum des letzten Kaufs",
    x: "Wiederholungskäufe (x)",
    tx: "Letzter Kauf (t_x)",
    T: "Beobachtungszeit (T)",
    start: "Startdatum",
    end: "Enddatum",
    fee: "Preis je Periode",
    plan: "Tarif",
    ignore: "Ignorieren",
  },
  options: "Einstellungen",
  defaultValue: (value) => `Standard: ${value}`,
  observationEnd: "Beobachtungsende",
  observationEndHint: "Leer: der Tag nach dem letzten Datum",
  observationEndTableHint:
    "Leer: die letzten Kaufdaten der Tabelle plus Tage seit Kauf, sonst bleiben Kaufdaten leer",
  rfmBins: "RFM-Stufen (2–10)",
  rfmMethod: "Bewertung",
  segmentScheme: "Segmentregeln",
  schemeRfmPackage: "R-Paket rfm (wie veröffentlicht)",
  schemeAllReachable: "Jedes Segment erreichbar",
  methodQuantile: "Quantile (Gleichstand teilt Stufe)",
  methodNtile: "Gleich große Gruppen (ntile)",
  grossMargin: "Bruttomarge %",
  monthlyDiscountRate: "Monatlicher Diskontsatz %",
  horizonMonths: "Horizont (Monate)",
  model: "Modell",
  modelNbdHint: "Das NBD kennt keine Abwanderung: jeder Kunde gilt als aktiv.",
  modelNone: "Keines (nur RFM)",
  modelBest: "Bestes im Test + Gamma-Gamma",
  holdoutCheck: "Modell an den letzten Wochen der Daten prüfen",
  holdoutWeeks: "Wochen im Testzeitraum",
  holdoutWeeksHint: "Leer: das letzte Drittel des Beobachtungszeitraums, mindestens 8 Wochen",
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
  done: (customers, sheets, format) =>
    `${counted(customers, "Kunde", "Kunden", format)} analysiert. Blätter: ${sheets}.`,
  cancelled: "Analyse abgebrochen. Es wurde nichts geschrieben.",
  sheetsNotRemoved: (sheets, detail) =>
    `Die Ergebnisse konnten nicht geschrieben werden (${detail}), und die unfertigen Blätter dieses Laufs ließen sich auch nicht entfernen: Löschen Sie ${sheets}, falls sie noch vorhanden sind. Die bisherigen Ergebnisse sind unverändert.`,
  previousSheetsLeft: (sheets, detail) =>
    `Die Blätter ${sheets} des vorigen Laufs konnten nicht entfernt werden (${detail}); sie bleiben unverändert erhalten: Löschen Sie sie, wenn Sie sie nicht mehr brauchen.`,
  sheetsNotRenamed: (detail) =>
    `Einige Ergebnisblätter behalten einen nummerierten Namen, da das Umbenennen fehlschlug (${detail}).`,
  modelFailed: (detail) => `Das Modell konnte nicht angepasst werden: ${detail}`,
  noSpendColumn:
    "Die Tabelle hat keine Spalte mit dem mittleren Betrag je Wiederkauf, daher fehlen die Spalten für Umsatz, Ausgaben und CLV: Sie brauchen ihn.",
  noAmounts:
    "Das Protokoll hat keine Betragsspalte, daher fehlen die Spalten für Umsatz, Ausgaben und CLV: Sie brauchen Beträge.",
  intervals: {
    low: (months) => `CLV unten, 90 % (${months} Monate)`,
    high: (months) => `CLV oben, 90 % (${months} Monate)`,
    totalLow: "CLV gesamt unten, 90 % (Modellunsicherheit)",
    totalHigh: "CLV gesamt oben, 90 % (Modellunsicherheit)",
    corner: "Alle Kunden: prognostizierter CLV gesamt",
    lowEnd: "Unten (5 %)",
    highEnd: "Oben (95 %)",
    parameters: "Modellunsicherheit: die geschätzten Parameter",
    process: "Zufall der Kunden selbst: wie viele Käufe, mit welchem Wert",
    failed: (detail) => `Die CLV-Intervalle konnten nicht berechnet werden: ${detail}`,
  },
  checkingModel: (model, index, count) => `Modell wird geprüft: ${model} (${index} von ${count})…`,
  holdoutPeriod: (weeks, calibrationEnd, observationEnd) =>
    `Modellprüfung: Die vier Modelle wurden an den Daten bis ${calibrationEnd} angepasst und haben die letzten ${weeks} Wochen bis ${observationEnd} vorhergesagt.`,
  holdoutRule:
    "Regel: Gewählt wird das Modell, dessen vorhergesagte Käufe im Testzeitraum der tatsächlichen Summe am nächsten kommen; Modelle innerhalb von 0,5 Prozentpunkten des nächsten gelten als gleichauf, und unter ihnen gewinnt das mit dem niedrigsten MAE je Kunde.",
  holdoutPicked: (model) => `Im Testzeitraum gewählt: ${model}.`,
  holdoutFinalFit: (model) =>
    `Die Vorhersagen auf den anderen Blättern verwenden ${model}, erneut am ganzen Zeitraum einschließlich des Testzeitraums angepasst.`,
  holdoutFailed: (detail) => `Die Modellprüfung war nicht möglich: ${detail}`,
  modelNoDropout:
    "Es ist keine Abwanderung zu sehen, daher wurde das NBD-Modell (Kunden, die nie abwandern) verwendet: Alle Kunden gelten als aktiv, erwartete Käufe und CLV ergeben sich aus der Kaufrate jedes Kunden.",
  needRoles: (roles) => `Wählen Sie eine Spalte für: ${roles}.`,
  allowedNumbers: ({ min, max, whole, minExcluded, maxExcluded }) =>
    `${whole ? "eine ganze Zahl" : "eine Zahl"} ${minExcluded ? `über ${min} und` : `von ${min} bis`} ${maxExcluded ? "unter " : minExcluded ? "höchstens " : ""}${max}`,
  invalidNumber: (option, allowed) => `Prüfen Sie die Einstellung „${option}“: ${allowed}.`,
  invalidOption: (option) => `Prüfen Sie die Einstellung „${option}“.`,
  skipped: (total, reasons, format) =>
    `${counted(total, "Zeile", "Zeilen", format)} übersprungen: ${reasons}.`,
  skipReasons: {
    blankCustomer: (count) => `${count} ohne Kunde`,
    unreadableDate: (count) => `${count} mit unlesbarem Datum`,
    nonNumericAmount: (count) => `${count} mit nicht numerischem Betrag`,
    nonNumericValue: (count) => `${count} mit nicht numerischem Wert`,
    valueOutOfRange: (count) =>
      `${count} mit einem Wert außerhalb des Bereichs (negativ, keine Bestellung oder t_x nach T)`,
  },
  returns: (orders, format) =>
    `${counted(orders, "Retoure", "Retouren", format)} (${oneOrMany(orders, "Bestellung", "Bestellungen")} mit einer Nettosumme unter 0) ${oneOrMany(orders, "zählt", "zählen")} nicht als ${oneOrMany(orders, "Bestellung", "Bestellungen")}.`,
  zeroAmounts: (rows, format) =>
    `${counted(rows, "Zeile", "Zeilen", format)} mit dem Betrag 0 ${oneOrMany(rows, "zählt", "zählen")} als ${oneOrMany(rows, "Bestellung", "Bestellungen")}.`,
  excluded: (rows, format) =>
    `${counted(rows, "Transaktion", "Transaktionen", format)} nach dem Beobachtungsende ${oneOrMany(rows, "wurde", "wurden")} ausgelassen.`,
  returnsOnly: (customers, format) =>
    `${counted(customers, "Kunde", "Kunden", format)} mit nur Retouren ${oneOrMany(customers, "wurde", "wurden")} ausgelassen.`,
  selectFirstSkipped: "Erste übersprungene Zeile zeigen",
  sheetNames: {
    summary: "CX Übersicht",
    customers: "CX Kunden",
    segments: "CX Segmente",
    attribute: "CX Nach Merkmal",
    atRisk: "CX Gefährdet",
    model: "CX Modell",
  },
  headers: {
    measure: "Kennzahl",
    definition: "Berechnung",
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
    bic: "BIC",
    predictedHoldout: "Vorhergesagte Käufe im Testzeitraum",
    actualHoldout: "Tatsächliche Käufe im Testzeitraum",
    errorPercent: "Fehler %",
    meanAbsoluteError: "MAE je Kunde",
    rootMeanSquaredError: "RMSE je Kunde",
    fitNote: "Hinweis",
    baseline: "Kalibrierungsrate fortgeschrieben",
    holdoutCheck: "Modellprüfung",
    calibrationRepeatPurchases: "Wiederholungskäufe in der Kalibrierung",
    actualMean: "Tatsächlich",
    week: "Woche",
    actualCalibration: "Tatsächlich, Kalibrierung",
    actualInHoldout: "Tatsächlich, Testzeitraum",
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
    conditionalExpectations:
      "Käufe je Kunde im Testzeitraum nach Wiederholungskäufen in der Kalibrierung",
    purchasesPerCustomerAxis: "Käufe je Kunde im Testzeitraum",
    tracking: (week) =>
      `Kumulierte Wiederholungskäufe: tatsächlich und vorhergesagt (Kalibrierung bis Woche ${week})`,
    cumulativeAxis: "Kumulierte Wiederholungskäufe",
  },
  channels: {
    spendHeading: "Marketingkosten (optional)",
    spendIntro:
      "Markieren Sie eine Tabelle der Kosten je Kanal (Kanal, Kosten und optional Monat und die Neukunden der Plattform), um das Blatt Kanäle zu erhalten: was die Kunden jedes Kanals wert sind, gemessen an dem, was sie gekostet haben.",
    spendUseSelection: "Marketingkosten — Auswahl verwenden",
    spendClear: "Kosten entfernen",
    spendRange: (address) => `Marketingkosten: ${address}`,
    spendRoles: {
      channel: "Kanal",
      spend: "Kosten",
      month: "Monat",
      newCustomers: "Neukunden (Plattform)",
      ignore: "Ignorieren",
    },
    attribution: "Akquisitionskanal",
    attributions: {
      first_touch: "Erster Kontakt: der Kanal des ersten Kaufs",
      last_touch: "Letzter Kontakt: der Kanal des letzten Kaufs",
      most_orders: "Meiste Bestellungen: der Kanal der meisten Bestellungen",
    },
    needSpendRoles: (roles) => `Der Kostentabelle fehlt eine Spalte für: ${roles}.`,
    spendUnreadable: (detail) =>
      `Der Bereich mit den Marketingkosten konnte nicht gelesen werden: ${detail}`,
    errorNoSpendRows: "Keine Zeile der Marketingkosten ist verwendbar.",
    spendOverLog:
      "Der Bereich der Marketingkosten umfasst Zellen der Transaktionen. Markieren Sie die Kostentabelle (Kanal und Kosten je Zeile) und wählen Sie erneut „Marketingkosten — Auswahl verwenden“.",
    needChannel:
      "Kein Blatt Kanäle: Geben Sie einer Spalte des Protokolls die Rolle Kanal, damit die Kosten den Kunden zugeordnet werden können.",
    spendSkipped: (total, reasons, format) =>
      `${counted(total, "Kostenzeile", "Kostenzeilen", format)} übersprungen: ${reasons}.`,
    spendSkipReasons: {
      blankChannel: (count) => `${count} ohne Kanal`,
      nonNumericSpend: (count) => `${count} mit Kosten, die keine Zahl sind`,
      negativeSpend: (count) => `${count} mit negativen Kosten`,
      unreadableMonth: (count) => `${count} mit unlesbarem Monat`,
    },
    selectFirstSkippedSpend: "Erste übersprungene Kostenzeile zeigen",
    sheetName: "CX Kanäle",
    account: "Kanäle",
    attributionLine: (attribution) => `Akquisitionskanal: ${attribution}.`,
    spendPeriodLine: (first, last) =>
      `Kostenzeitraum ${first} bis ${last}: die Neukunden eines Kanals sind die, die er in diesem Zeitraum gewonnen hat.`,
    wholeLogLine: "Die Kosten haben keine Monate: jeder Kunde des Protokolls zählt als Neukunde.",
    outsidePeriodLine: (customers, format) =>
      `${format(customers)} außerhalb des Kostenzeitraums ${oneOrMany(customers, "gewonnener Kunde bleibt", "gewonnene Kunden bleiben")} unberücksichtigt.`,
    noSpendChannelsLine: (channels) =>
      `Kanäle mit Kunden, aber ohne Kosten, gezählt unter ${CHANNEL_ROW_NAMES.de.noSpend}: ${channels}.`,
    benchmark:
      "Faustregel: ein CLV:CAC von 3:1 oder mehr ist gesund, wie der niederländische Artikel sagt; unter 1 kostet die Gewinnung eines Kunden mehr, als er einbringt.",
    rowNames: CHANNEL_ROW_NAMES.de,
    headers: {
      channel: "Kanal",
      newCustomers: "Neukunden",
      spend: "Kosten",
      cac: "CAC",
      cpa: "CPA",
      firstOrderValue: "Wert der ersten Bestellung",
      repeatRate: "Wiederkaufrate",
      revenuePerCustomer: "Umsatz je Kunde",
      marginPerCustomer: "Deckungsbeitrag je Kunde",
      twelveMonthValue: "12-Monats-Wert je Kunde",
      predictedClv: (months) => `Prognostizierter CLV (bisher + ${months} Monate)`,
      clvToCac: "CLV:CAC",
      paybackMonths: "Amortisation (Monate)",
      roi: "ROI",
      month: "Monat",
      monthsSinceAcquisition: "Monate seit Gewinnung",
      marginOf: (channel) => `${channel}: Deckungsbeitrag je Kunde`,
      cacOf: (channel) => `${channel}: CAC`,
    },
    charts: {
      clvVsCac: "CLV gegenüber CAC je Kanal",
      perCustomerAxis: "Je Kunde",
      payback: "Amortisation: kumulierter Deckungsbeitrag je Kunde gegenüber CAC",
      monthsAxis: "Monate seit Gewinnung",
    },
  },
  kpi: {
    customers: { label: "Kunden", definition: "Verschiedene Kundennummern" },
    orders: {
      label: "Bestellungen",
      definition:
        "Zeilen oder verschiedene Bestellnummern, deren Beträge netto 0 oder mehr ergeben (Retouren sind keine Bestellungen)",
    },
    revenue: { label: "Umsatz", definition: "Summe der Beträge einschließlich Retouren" },
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
  reasons: {
    noPurchaseUpToEnd:
      "Kein Kunde hat bis zum Beobachtungsende einen Kauf: Bis dahin ergibt jeder Tag jedes Kunden netto weniger als 0 (Retouren).",
    beforeFirstPurchase: (date) => `Das Beobachtungsende liegt vor dem ersten Kauf (${date}).`,
    noBestFit:
      "Das Modell hat keine beste Anpassung an diese Daten (ein Parameter läuft gegen 0 oder unendlich)",
    noConvergence:
      "Die Anpassung des Modells ist nicht konvergiert; die Daten passen vielleicht nicht zu diesem Modell",
    noDropout:
      "Die Daten zeigen fast keine abwandernden Kunden, daher kann das Modell nicht schätzen, wie wahrscheinlich Kunden abwandern; ein längerer Beobachtungszeitraum oder Daten mit Kunden, die nicht mehr kaufen, können helfen",
    spendNeedsRepeaters: "Das Ausgabenmodell braucht Kunden mit mindestens einem Wiederholungskauf",
    noRepeatPurchase:
      "Kein Kunde hat einen Wiederholungskauf, an den eine Kaufrate angepasst werden kann",
    holdoutTooLong: (weeks, span, format) =>
      `Ein Testzeitraum von ${counted(weeks, "Woche", "Wochen", format)} lässt keinen Kalibrierungszeitraum übrig: Die Daten umfassen ${counted(span, "Woche", "Wochen", format)}`,
    bestNeedsHoldout: "Das beste Modell im Testzeitraum braucht die Modellprüfung",
    noModelOnCalibration:
      "Kein Modell ließ sich im Kalibrierungszeitraum anpassen, daher wurde keines gewählt",
    notAtBestFit:
      "Die Parameter liegen nicht bei der besten Anpassung an die Daten, daher ist ihre Unsicherheit unbekannt",
    sbgFewPeriods: (periods, needed, format) =>
      `${counted(periods, "Periode", "Perioden", format)} nach dem Start beobachtet; eine sBG-Anpassung braucht mindestens ${format(needed)}`,
    sbgFewSubscribers: (subscribers, needed, format) =>
      `${counted(subscribers, "Abonnent", "Abonnenten", format)}; eine sBG-Anpassung braucht mindestens ${format(needed)}`,
    sbgNoneEnded:
      "Noch hat kein Abonnent gekündigt; eine sBG-Anpassung braucht einige, die kündigen",
    sbgNoBestFit:
      "Das sBG-Modell hat keine beste Anpassung an diese Bestandszahlen (ein Parameter läuft gegen 0 oder unendlich); mehr Abonnenten oder Perioden können helfen",
  },
};
