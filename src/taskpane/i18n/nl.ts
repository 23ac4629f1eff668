import { CHANNEL_ROW_NAMES } from "../../engine/channels/channelRowNames";
import { counted, oneOrMany } from "./counted";
import type { PaneStrings } from "./paneStrings";

/**
 * The pane in Dutch: every text it shows and writes on its sheets.
 * @example
 * nl.sheetNames.summary // -> "CX Overzicht"
 */
export const nl: PaneStrings = {
  subscriptions: {
    layout: "Eén rij per abonnement",
    hint: "Abonnementstabel: per rij een begin- en een einddatum (leeg zolang het loopt), eventueel de prijs per periode en de abonnementsvorm. Cohorten naar startperiode, overleving en een sBG-schatting per cohort, vorm en in totaal, en de waarde van elke actieve abonnee.",
    period: "Cohorten en verlengingen per",
    observationEndHint: "Leeg: de laatste begin- of einddatum",
    byPlan: "De abonnementsvorm, als die er is",
    done: (subscriptions, sheets, format) =>
      `${counted(subscriptions, "abonnement", "abonnementen", format)} geanalyseerd. Bladen: ${sheets}.`,
    sheetName: "CX Abonnementen",
    outcome: (subscriptions, cohorts, active, format) =>
      `${counted(subscriptions, "abonnement", "abonnementen", format)} in ${counted(cohorts, "cohort", "cohorten", format)}; ${format(active)} actief aan het einde van de observatie.`,
    skipped: (rows, format) =>
      `${counted(rows, "rij", "rijen", format)} weggelaten: een begin of einde dat geen datum is, of een einde vóór het begin.`,
    discountAboveZero:
      "Een abonnementstabel heeft een maandelijkse disconteringsvoet boven 0 en onder 100 % nodig: de verlengingen van elke abonnee worden zonder einde opgeteld, alleen het disconteren houdt hun waarde eindig.",
    all: "Alle abonnementen",
    unboundedLifetime:
      "Verwachte levensduur onbegrensd (α ≤ 1), daarom leeg: vergelijk groepen op DERL.",
    headers: {
      account: "Abonnementen",
      group: "Groep",
      cohort: "Cohort",
      subscribers: "Abonnees",
      active: "Actief",
      alpha: "sBG α",
      beta: "sBG β",
      expectedLifetime: "Verwachte levensduur (perioden)",
      expectedRemaining: "Verwachte resterende levensduur (perioden)",
      newSubscriberDerl: "DERL van een nieuwe abonnee",
      note: "Opmerking",
      period: "Periode",
      observed: (group) => `${group}: waargenomen`,
      fitted: (group) => `${group}: sBG`,
      customer: "Klant",
      renewals: "Verlengingen",
      fee: "Prijs",
      derl: "DERL",
      clv: "CLV",
    },
    chartTitle: "Overleving: waargenomen, geschat en geprojecteerd (sBG)",
    survivalAxis: "Aandeel nog geabonneerd",
    periodAxis: "Perioden sinds het begin",
  },
  overTime: {
    cohortsSheet: "CX Cohorten",
    trendsSheet: "CX Trends",
    historySheet: "CX Historie",
    period: "Cohorten en trends per",
    byPeriod: {
      week: {
        retentionCorner: "Retentie: cohort \\ week",
        since: (count) => `Week ${count}`,
        valueAt: (count) => `Waarde na ${counted(count, "week", "weken", String)}`,
        observed: "Waargenomen weken",
        label: "Week (vanaf maandag)",
        end: "Einde week",
        sinceAxis: "Weken sinds eerste aankoop",
        trends: "Actieve en nieuwe klanten per week",
      },
      month: {
        retentionCorner: "Retentie: cohort \\ maand",
        since: (count) => `Maand ${count}`,
        valueAt: (count) => `Waarde na ${counted(count, "maand", "maanden", String)}`,
        observed: "Waargenomen maanden",
        label: "Maand",
        end: "Einde maand",
        sinceAxis: "Maanden sinds eerste aankoop",
        trends: "Actieve en nieuwe klanten per maand",
      },
      quarter: {
        retentionCorner: "Retentie: cohort \\ kwartaal",
        since: (count) => `Kwartaal ${count}`,
        valueAt: (count) => `Waarde na ${counted(count, "kwartaal", "kwartalen", String)}`,
        observed: "Waargenomen kwartalen",
        label: "Kwartaal",
        end: "Einde kwartaal",
        sinceAxis: "Kwartalen sinds eerste aankoop",
        trends: "Actieve en nieuwe klanten per kwartaal",
      },
      year: {
        retentionCorner: "Retentie: cohort \\ jaar",
        since: (count) => `Jaar ${count}`,
        valueAt: (count) => `Waarde na ${count} jaar`,
        observed: "Waargenomen jaren",
        label: "Jaar",
        end: "Einde jaar",
        sinceAxis: "Jaren sinds eerste aankoop",
        trends: "Actieve en nieuwe klanten per jaar",
      },
    },
    headers: {
      valueCorner: "Waarde per klant (grijs: voorspeld)",
      cohort: "Cohort",
      firstOrderValue: "Waarde eerste bestelling",
      customersEver: "Klanten tot nu toe",
      activeCustomers: (days) => `Actieve klanten (${days} dagen)`,
      newCustomers: "Nieuwe klanten",
      purchaseFrequency: "Aankoopfrequentie",
      repeatRate: "Herhaalaankoopratio",
      churnRate: (days) => `Churnratio (geen aankoop in ${days} dagen)`,
      retentionRate: "Retentieratio (van de actieven van de vorige periode)",
      observationEnd: "Einde waarneming",
      segmentShare: (segment) => `% ${segment}`,
    },
    charts: {
      cohortValue: "Cumulatieve waarde per klant per cohort (waargenomen, daarna voorspeld)",
      valueAxis: "Waarde per klant",
      customersAxis: "Klanten",
      history: "Gemiddelde voorspelde CLV per run",
      runAxis: "Einde waarneming",
    },
  },
  sql: {
    heading: "Te veel gegevens voor een blad?",
    intro:
      "Bouw de klanttabel waar de gegevens staan: de invoegtoepassing schrijft de SQL, uw datawarehouse voert die uit, en het resultaat (één rij per klant) past op een blad.",
    engine: "Database-engine",
    fields: {
      table: "Tabel",
      customerColumn: "Klantkolom",
      dateColumn: "Datumkolom",
      amountColumn: "Bedragkolom",
      orderColumn: "Ordernummerkolom (optioneel)",
      channelColumn: "Kanaalkolom (optioneel)",
      observationEnd: "Einde observatie (optioneel)",
    },
    observationEndHint: "Standaard: de dag na de laatste datum.",
    invalidObservationEnd:
      "Het einde van de observatie is geen datum van 1900-03-01 tot 9999-12-31.",
    detect: "Herkennen uit selectie",
    missing: (fields) => `Vul in: ${fields}.`,
    query: "Query",
    copy: "Kopiëren",
    copied: "De query staat op het klembord.",
    copyFailed:
      "Kopiëren was hier niet toegestaan: selecteer de tekst van de query en kopieer die zelf.",
    steps: [
      "Voer de query uit in uw datawarehouse.",
      "Laad het resultaat in een blad, bijvoorbeeld door het naar CSV te exporteren en te openen, of met Power Query.",
      "Selecteer het en voer Klanten analyseren uit: het wordt gelezen als klanttabel.",
    ],
  },
  title: "Klantwaarde",
  intro:
    "Selecteer een bereik met transacties met een kopregel (klant, datum, bedrag) of een klanttabel en analyseer het.",
  selection: "Selectie",
  noSelection: "Niets geselecteerd",
  selectOneRange:
    "Er zijn meerdere gebieden geselecteerd. Selecteer één bereik: de transacties met de kopregel.",
  selectionSize: (rows, columns, format) =>
    `${counted(rows, "rij", "rijen", format)} × ${counted(columns, "kolom", "kolommen", format)}`,
  dataRange: (address, rows, format) =>
    `Leest ${address}: ${counted(rows, "rij", "rijen", format)} onder de veldnamenrij.`,
  dataTable: (table, rows, format) =>
    `Leest de tabel ‘${table}’ zoals die is wanneer een analyse start (nu ${counted(rows, "rij", "rijen", format)}).`,
  formulaHint: "Formules: typ =CX.CLV(500;3;5) of =CX.RFMSCORE(…) in een cel.",
  errorNoData: "De selectie bevat geen gegevens. Selecteer de transacties, inclusief de kopregel.",
  tableGone: (table) =>
    `De tabel ‘${table}’ die voor deze analyse is gekozen, bestaat niet meer (verwijderd of hernoemd). Selecteer hem en gebruik de selectie opnieuw.`,
  tableHeaderHidden: (table) =>
    `De tabel ‘${table}’ die voor deze analyse is gekozen, toont zijn veldnamenrij niet meer. Toon deze weer (Tabelontwerp ▸ Veldnamenrij), zodat de kolommen kunnen worden gelezen.`,
  selectedTableHeaderHidden: (table) =>
    `De tabel ‘${table}’ verbergt zijn veldnamenrij, zodat de kolomnamen niet kunnen worden gelezen. Toon deze (Tabelontwerp ▸ Veldnamenrij) en gebruik de selectie opnieuw.`,
  rowsUnderTable: (table) =>
    `De rijen onder de tabel ‘${table}’ horen er niet bij en zijn niet gelezen. Horen ze erbij, vergroot de tabel dan zodat ze erin vallen.`,
  tableChanged: (table) =>
    `De kolommen van de tabel ‘${table}’ zijn veranderd sinds hij is gekozen. Selecteer hem en gebruik de selectie opnieuw, zodat de rollen bij de kolommen passen.`,
  errorNoValidRows: "Geen enkele rij heeft een klant, een leesbare datum en een numeriek bedrag.",
  errorNoValidCustomers: "Geen enkele rij heeft een klant en bruikbare waarden.",
  errorUnexpected: (detail) => `Er ging iets mis: ${detail}`,
  paneFailed: (detail) =>
    `Het taakvenster is gestopt door een fout: ${detail}. Start het opnieuw om verder te gaan.`,
  paneRestart: "Taakvenster opnieuw starten",
  heading: "Klanten analyseren",
  analyzeIntro:
    "Een overzicht van de kengetallen, RFM-segmenten, verlooprisico en voorspelde CLV per klant, op nieuwe bladen.",
  useSelection: "Selectie gebruiken",
  layout: "Opbouw",
  layoutTransactions: "Eén rij per transactie",
  layoutCustomers: "Eén rij per klant",
  customerTableHint:
    "Klanttabel: x, t_x en T met de gemiddelde herhaalaankoop als monetaire waarde voeden de modellen; recentheid in dagen, frequentie (orders) en totale omzet als monetaire waarde geven alleen RFM.",
  timeUnit: "Eenheid van t_x en T",
  timeUnits: { D: "Dagen", W: "Weken", M: "Maanden" },
  periods: { week: "Week", month: "Maand", quarter: "Kwartaal", year: "Jaar" },
  columnRole: (header) => `Rol van kolom ‘${header}’`,
  blankColumn: (letters) => `Kolom ${letters}`,
  duplicateColumn: (header, letters) => `${header} (kolom ${letters})`,
  roles: {
    customer: "Klant",
    date: "Datum",
    amount: "Bedrag",
    order: "Bestelnummer",
    channel: "Kanaal",
    attribute: "Kenmerk",
    recency: "Dagen sinds aankoop",
    frequency: "Frequentie",
    monetary: "Waarde",
    orders: "Bestellingen",
    revenue: "Omzet",
    firstPurchase: "Datum eerste aankoop",
    lastPurchase: "Datum laatste aankoop",
    x: "Herhaalaankopen (x)",
    tx: "Laatste aankoop (t_x)",
    T: "Waargenomen tijd (T)",
    start: "Begindatum",
    end: "Einddatum",
    fee: "Prijs per periode",
    plan: "Abonnementsvorm",
    ignore: "Negeren",
  },
  options: "Instellingen",
  defaultValue: (value) => `Standaard: ${value}`,
  observationEnd: "Einde waarneming",
  observationEndHint: "Leeg: de dag na de laatste datum",
  observationEndTableHint:
    "Leeg: de laatste aankoopdatums van de tabel plus dagen sinds aankoop, anders blijven aankoopdatums leeg",
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
  modelNbdHint: "Het NBD kent geen uitval: elke klant telt als actief.",
  modelNone: "Geen (alleen RFM)",
  modelBest: "Beste in test + Gamma-Gamma",
  holdoutCheck: "Het model toetsen op de laatste weken van de gegevens",
  holdoutWeeks: "Weken in de testperiode",
  holdoutWeeksHint: "Leeg: het laatste derde van de observatieperiode, minstens 8 weken",
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
  done: (customers, sheets, format) =>
    `${counted(customers, "klant", "klanten", format)} geanalyseerd. Bladen: ${sheets}.`,
  cancelled: "Analyse geannuleerd. Er is niets geschreven.",
  sheetsNotRemoved: (sheets, detail) =>
    `De resultaten konden niet worden geschreven (${detail}), en het verwijderen van de onvoltooide bladen van deze run mislukte ook: verwijder ${sheets} als ze er nog zijn. De vorige resultaten zijn ongewijzigd.`,
  previousSheetsLeft: (sheets, detail) =>
    `De bladen ${sheets} van de vorige run konden niet worden verwijderd (${detail}); ze blijven zoals ze waren: verwijder ze als u ze niet meer nodig hebt.`,
  sheetsNotRenamed: (detail) =>
    `Sommige resultaatbladen houden een genummerde naam, omdat het hernoemen mislukte (${detail}).`,
  modelFailed: (detail) => `Het model kon niet worden geschat: ${detail}`,
  noSpendColumn:
    "De tabel heeft geen kolom met het gemiddelde bedrag per herhaalaankoop, dus de kolommen voor omzet, besteding en CLV zijn weggelaten: daarvoor is die kolom nodig.",
  noAmounts:
    "Het logboek heeft geen bedragkolom, dus de kolommen voor omzet, besteding en CLV zijn weggelaten: daarvoor zijn bedragen nodig.",
  intervals: {
    low: (months) => `CLV laag, 90 % (${months} maanden)`,
    high: (months) => `CLV hoog, 90 % (${months} maanden)`,
    totalLow: "Totale CLV laag, 90 % (modelonzekerheid)",
    totalHigh: "Totale CLV hoog, 90 % (modelonzekerheid)",
    corner: "Alle klanten: totale voorspelde CLV",
    lowEnd: "Laag (5 %)",
    highEnd: "Hoog (95 %)",
    parameters: "Modelonzekerheid: de geschatte parameters",
    process: "Toeval van de klanten zelf: hoeveel aankopen, van welke waarde",
    failed: (detail) => `De CLV-intervallen konden niet worden berekend: ${detail}`,
  },
  checkingModel: (model, index, count) => `Model toetsen: ${model} (${index} van ${count})…`,
  holdoutPeriod: (weeks, calibrationEnd, observationEnd) =>
    `Toets van het model: de vier modellen zijn geschat op de gegevens tot en met ${calibrationEnd} en hebben de laatste ${weeks} weken voorspeld, tot ${observationEnd}.`,
  holdoutRule:
    "Regel: het model waarvan het voorspelde totaal in de testperiode het dichtst bij het werkelijke totaal ligt, wordt gekozen; modellen binnen 0,5 procentpunt van het dichtstbijzijnde gelden als gelijk, en daarvan wint het model met de laagste MAE per klant.",
  holdoutPicked: (model) => `Gekozen in de testperiode: ${model}.`,
  holdoutFinalFit: (model) =>
    `De voorspellingen op de andere bladen gebruiken ${model}, opnieuw geschat op de hele periode, de testperiode inbegrepen.`,
  holdoutFailed: (detail) => `De toets van het model kon niet worden uitgevoerd: ${detail}`,
  modelNoDropout:
    "Er is geen klant te zien die afhaakt, daarom is het NBD-model (klanten die nooit afhaken) gebruikt: elke klant telt als actief, en verwachte aankopen en CLV komen uit de aankoopfrequentie van elke klant.",
  needRoles: (roles) => `Kies een kolom voor: ${roles}.`,
  allowedNumbers: ({ min, max, whole, minExcluded, maxExcluded }) =>
    `${whole ? "een geheel getal" : "een getal"} ${minExcluded ? `boven ${min} en` : `van ${min}`} ${maxExcluded ? (minExcluded ? "onder " : "tot ") : minExcluded ? "hoogstens " : "tot en met "}${max}`,
  invalidNumber: (option, allowed) => `Controleer de instelling ‘${option}’: ${allowed}.`,
  invalidOption: (option) => `Controleer de instelling ‘${option}’.`,
  skipped: (total, reasons, format) =>
    `${counted(total, "rij", "rijen", format)} overgeslagen: ${reasons}.`,
  skipReasons: {
    blankCustomer: (count) => `${count} zonder klant`,
    unreadableDate: (count) => `${count} met een onleesbare datum`,
    nonNumericAmount: (count) => `${count} met een niet-numeriek bedrag`,
    nonNumericValue: (count) => `${count} met een niet-numerieke waarde`,
    valueOutOfRange: (count) =>
      `${count} met een waarde buiten het bereik (negatief, geen orders of t_x na T)`,
  },
  returns: (orders, format) =>
    `${counted(orders, "retour", "retouren", format)} (${oneOrMany(orders, "bestelling", "bestellingen")} met een nettobedrag onder 0) ${oneOrMany(orders, "telt", "tellen")} niet als ${oneOrMany(orders, "bestelling", "bestellingen")}.`,
  zeroAmounts: (rows, format) =>
    `${counted(rows, "rij", "rijen", format)} met een bedrag van 0 ${oneOrMany(rows, "telt", "tellen")} als ${oneOrMany(rows, "bestelling", "bestellingen")}.`,
  excluded: (rows, format) =>
    `${counted(rows, "transactie", "transacties", format)} na het einde van de observatie ${oneOrMany(rows, "is", "zijn")} weggelaten.`,
  returnsOnly: (customers, format) =>
    `${counted(customers, "klant", "klanten", format)} met alleen retouren ${oneOrMany(customers, "is", "zijn")} weggelaten.`,
  selectFirstSkipped: "Eerste overgeslagen rij tonen",
  sheetNames: {
    summary: "CX Overzicht",
    customers: "CX Klanten",
    segments: "CX Segmenten",
    attribute: "CX Per kenmerk",
    atRisk: "CX Risico",
    model: "CX Model",
  },
  headers: {
    measure: "Kengetal",
    definition: "Berekening",
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
    bic: "BIC",
    predictedHoldout: "Voorspelde aankopen in testperiode",
    actualHoldout: "Werkelijke aankopen in testperiode",
    errorPercent: "Fout %",
    meanAbsoluteError: "MAE per klant",
    rootMeanSquaredError: "RMSE per klant",
    fitNote: "Opmerking",
    baseline: "Kalibratietempo doorgetrokken",
    holdoutCheck: "Toets van het model",
    calibrationRepeatPurchases: "Herhaalaankopen in kalibratie",
    actualMean: "Werkelijk",
    week: "Week",
    actualCalibration: "Werkelijk, kalibratie",
    actualInHoldout: "Werkelijk, testperiode",
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
    conditionalExpectations:
      "Aankopen per klant in de testperiode naar herhaalaankopen in de kalibratie",
    purchasesPerCustomerAxis: "Aankopen per klant in testperiode",
    tracking: (week) =>
      `Cumulatieve herhaalaankopen: werkelijk en voorspeld (kalibratie tot week ${week})`,
    cumulativeAxis: "Cumulatieve herhaalaankopen",
  },
  channels: {
    spendHeading: "Marketingkosten (optioneel)",
    spendIntro:
      "Selecteer een tabel met kosten per kanaal (kanaal, kosten en eventueel maand en de nieuwe klanten van het platform) voor het blad Kanalen: wat de klanten van elk kanaal waard zijn tegenover wat ze kostten.",
    spendUseSelection: "Marketingkosten — selectie gebruiken",
    spendClear: "Kosten wissen",
    spendRange: (address) => `Marketingkosten: ${address}`,
    spendRoles: {
      channel: "Kanaal",
      spend: "Kosten",
      month: "Maand",
      newCustomers: "Nieuwe klanten (platform)",
      ignore: "Negeren",
    },
    attribution: "Acquisitiekanaal",
    attributions: {
      first_touch: "Eerste contact: het kanaal van de eerste aankoop",
      last_touch: "Laatste contact: het kanaal van de laatste aankoop",
      most_orders: "Meeste bestellingen: het kanaal van de meeste bestellingen",
    },
    needSpendRoles: (roles) => `De kostentabel mist een kolom voor: ${roles}.`,
    spendUnreadable: (detail) =>
      `Het bereik met marketingkosten kon niet worden gelezen: ${detail}`,
    errorNoSpendRows: "Geen enkele rij met marketingkosten is bruikbaar.",
    spendOverLog:
      "Het bereik met marketingkosten bevat cellen van de transacties. Selecteer de kostentabel (kanaal en kosten per rij) en kies opnieuw ‘Marketingkosten — selectie gebruiken’.",
    needChannel:
      "Geen blad Kanalen: geef een kolom van het logboek de rol Kanaal, zodat de kosten aan de klanten gekoppeld kunnen worden.",
    spendSkipped: (total, reasons, format) =>
      `${counted(total, "kostenrij", "kostenrijen", format)} overgeslagen: ${reasons}.`,
    spendSkipReasons: {
      blankChannel: (count) => `${count} zonder kanaal`,
      nonNumericSpend: (count) => `${count} met kosten die geen getal zijn`,
      negativeSpend: (count) => `${count} met negatieve kosten`,
      unreadableMonth: (count) => `${count} met een onleesbare maand`,
    },
    selectFirstSkippedSpend: "Eerste overgeslagen kostenrij tonen",
    sheetName: "CX Kanalen",
    account: "Kanalen",
    attributionLine: (attribution) => `Acquisitiekanaal: ${attribution}.`,
    spendPeriodLine: (first, last) =>
      `Kostenperiode ${first} tot en met ${last}: de nieuwe klanten van een kanaal zijn de klanten die het toen binnenhaalde.`,
    wholeLogLine:
      "De kosten hebben geen maanden: elke klant van het logboek telt als nieuwe klant.",
    outsidePeriodLine: (customers, format) =>
      `${counted(customers, "klant", "klanten", format)} die buiten de kostenperiode ${oneOrMany(customers, "is", "zijn")} binnengehaald, ${oneOrMany(customers, "blijft", "blijven")} buiten beschouwing.`,
    noSpendChannelsLine: (channels) =>
      `Kanalen met klanten maar zonder kosten, geteld onder ${CHANNEL_ROW_NAMES.nl.noSpend}: ${channels}.`,
    benchmark:
      "Vuistregel: een CLV:CAC van 3:1 of meer is gezond, zoals het Nederlandse artikel stelt; onder 1 kost het binnenhalen van een klant meer dan de klant oplevert.",
    rowNames: CHANNEL_ROW_NAMES.nl,
    headers: {
      channel: "Kanaal",
      newCustomers: "Nieuwe klanten",
      spend: "Kosten",
      cac: "CAC",
      cpa: "CPA",
      firstOrderValue: "Waarde eerste bestelling",
      repeatRate: "Herhaalaankoopratio",
      revenuePerCustomer: "Omzet per klant",
      marginPerCustomer: "Marge per klant",
      twelveMonthValue: "12-maandswaarde per klant",
      predictedClv: (months) => `Voorspelde CLV (tot nu + ${months} maanden)`,
      clvToCac: "CLV:CAC",
      paybackMonths: "Terugverdientijd (maanden)",
      roi: "ROI",
      month: "Maand",
      monthsSinceAcquisition: "Maanden sinds acquisitie",
      marginOf: (channel) => `${channel}: marge per klant`,
      cacOf: (channel) => `${channel}: CAC`,
    },
    charts: {
      clvVsCac: "CLV tegenover CAC per kanaal",
      perCustomerAxis: "Per klant",
      payback: "Terugverdienen: cumulatieve marge per klant tegenover CAC",
      monthsAxis: "Maanden sinds acquisitie",
    },
  },
  kpi: {
    customers: { label: "Klanten", definition: "Verschillende klant-id's" },
    orders: {
      label: "Bestellingen",
      definition:
        "Rijen of verschillende bestelnummers waarvan de bedragen netto 0 of meer zijn (retouren zijn geen bestellingen)",
    },
    revenue: { label: "Omzet", definition: "Som van de bedragen, retouren inbegrepen" },
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
  reasons: {
    noPurchaseUpToEnd:
      "Geen enkele klant heeft een aankoop tot het einde van de observatie: tot dan komt elke dag van elke klant netto onder 0 uit (retouren).",
    beforeFirstPurchase: (date) =>
      `Het einde van de observatie ligt vóór de eerste aankoop (${date}).`,
    noBestFit:
      "het model heeft geen beste schatting voor deze gegevens (een parameter loopt naar 0 of oneindig)",
    noConvergence:
      "de schatting van het model convergeerde niet; de gegevens passen misschien niet bij dit model",
    noDropout:
      "de gegevens tonen bijna geen klanten die afhaken, dus kan het model niet schatten hoe waarschijnlijk klanten afhaken; een langere observatieperiode of gegevens met klanten die niet meer kopen, kunnen helpen",
    spendNeedsRepeaters: "het bestedingsmodel heeft klanten met minstens één herhaalaankoop nodig",
    noRepeatPurchase:
      "geen enkele klant deed een herhaalaankoop om een koopfrequentie op te schatten",
    holdoutTooLong: (weeks, span, format) =>
      `een toetsperiode van ${counted(weeks, "week", "weken", format)} laat geen kalibratieperiode over: de gegevens beslaan ${counted(span, "week", "weken", format)}`,
    bestNeedsHoldout: "het beste model in de toetsperiode vraagt om de toets van de modellen",
    noModelOnCalibration:
      "geen enkel model kon op de kalibratieperiode worden geschat, dus is er geen gekozen",
    notAtBestFit:
      "de parameters liggen niet bij de beste schatting voor de gegevens, dus hun onzekerheid is onbekend",
    sbgFewPeriods: (periods, needed, format) =>
      `${counted(periods, "periode", "perioden", format)} na de start geobserveerd; een sBG-schatting vraagt er minstens ${format(needed)}`,
    sbgFewSubscribers: (subscribers, needed, format) =>
      `${counted(subscribers, "abonnee", "abonnees", format)}; een sBG-schatting vraagt er minstens ${format(needed)}`,
    sbgNoneEnded:
      "nog geen enkele abonnee heeft opgezegd; een sBG-schatting vraagt om abonnees die vertrekken",
    sbgNoBestFit:
      "het sBG-model heeft geen beste schatting voor deze overlevenden (een parameter loopt naar 0 of oneindig); meer abonnees of perioden kunnen helpen",
  },
};
