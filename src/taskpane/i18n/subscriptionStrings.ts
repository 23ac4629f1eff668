import type { Language } from "../../engine/language";

/** The text of the CX Subscriptions sheet and its outcome sentence, in one language. */
export interface SubscriptionStrings {
  sheetName: string;
  /** Subscriptions read, cohorts, and those active at the observation end. */
  outcome: (subscriptions: string, cohorts: string, active: string) => string;
  /** Rows left out as unreadable or ending before they start. */
  skipped: (rows: string) => string;
  /** The group of every subscription. */
  all: string;
  headers: {
    account: string;
    group: string;
    cohort: string;
    subscribers: string;
    active: string;
    alpha: string;
    beta: string;
    expectedLifetime: string;
    expectedRemaining: string;
    newSubscriberDerl: string;
    note: string;
    period: string;
    observed: (group: string) => string;
    fitted: (group: string) => string;
    customer: string;
    renewals: string;
    fee: string;
    derl: string;
    clv: string;
  };
  chartTitle: string;
  survivalAxis: string;
  periodAxis: string;
}

/**
 * The sheet's strings in each language.
 * @example
 * subscriptionStrings.de.sheetName; // "CX Abonnements"
 */
export const subscriptionStrings: Record<Language, SubscriptionStrings> = {
  en: {
    sheetName: "CX Subscriptions",
    outcome: (subscriptions, cohorts, active) =>
      `${subscriptions} subscriptions in ${cohorts} cohorts; ${active} active at the observation end.`,
    skipped: (rows) =>
      `${rows} rows left out: a start or end that is no date, or an end before the start.`,
    all: "All subscriptions",
    headers: {
      account: "Subscriptions",
      group: "Group",
      cohort: "Cohort",
      subscribers: "Subscribers",
      active: "Active",
      alpha: "sBG α",
      beta: "sBG β",
      expectedLifetime: "Expected lifetime (periods)",
      expectedRemaining: "Expected remaining lifetime (periods)",
      newSubscriberDerl: "DERL of a new subscriber",
      note: "Note",
      period: "Period",
      observed: (group) => `${group}: observed`,
      fitted: (group) => `${group}: sBG`,
      customer: "Customer",
      renewals: "Renewals",
      fee: "Fee",
      derl: "DERL",
      clv: "CLV",
    },
    chartTitle: "Survival: observed, fitted and projected (sBG)",
    survivalAxis: "Share still subscribed",
    periodAxis: "Periods since the start",
  },
  da: {
    sheetName: "CX Abonnementer",
    outcome: (subscriptions, cohorts, active) =>
      `${subscriptions} abonnementer i ${cohorts} kohorter; ${active} aktive ved observationens slutning.`,
    skipped: (rows) =>
      `${rows} rækker udeladt: en start eller slutning, der ikke er en dato, eller en slutning før starten.`,
    all: "Alle abonnementer",
    headers: {
      account: "Abonnementer",
      group: "Gruppe",
      cohort: "Kohorte",
      subscribers: "Abonnenter",
      active: "Aktive",
      alpha: "sBG α",
      beta: "sBG β",
      expectedLifetime: "Forventet levetid (perioder)",
      expectedRemaining: "Forventet resterende levetid (perioder)",
      newSubscriberDerl: "DERL for en ny abonnent",
      note: "Bemærkning",
      period: "Periode",
      observed: (group) => `${group}: observeret`,
      fitted: (group) => `${group}: sBG`,
      customer: "Kunde",
      renewals: "Fornyelser",
      fee: "Pris",
      derl: "DERL",
      clv: "CLV",
    },
    chartTitle: "Overlevelse: observeret, tilpasset og fremskrevet (sBG)",
    survivalAxis: "Andel stadig abonnent",
    periodAxis: "Perioder siden start",
  },
  nb: {
    sheetName: "CX Abonnementer",
    outcome: (subscriptions, cohorts, active) =>
      `${subscriptions} abonnementer i ${cohorts} kohorter; ${active} aktive ved slutten av observasjonen.`,
    skipped: (rows) =>
      `${rows} rader utelatt: en start eller slutt som ikke er en dato, eller en slutt før starten.`,
    all: "Alle abonnementer",
    headers: {
      account: "Abonnementer",
      group: "Gruppe",
      cohort: "Kohort",
      subscribers: "Abonnenter",
      active: "Aktive",
      alpha: "sBG α",
      beta: "sBG β",
      expectedLifetime: "Forventet levetid (perioder)",
      expectedRemaining: "Forventet gjenværende levetid (perioder)",
      newSubscriberDerl: "DERL for en ny abonnent",
      note: "Merknad",
      period: "Periode",
      observed: (group) => `${group}: observert`,
      fitted: (group) => `${group}: sBG`,
      customer: "Kunde",
      renewals: "Fornyelser",
      fee: "Pris",
      derl: "DERL",
      clv: "CLV",
    },
    chartTitle: "Overlevelse: observert, tilpasset og framskrevet (sBG)",
    survivalAxis: "Andel fortsatt abonnent",
    periodAxis: "Perioder siden start",
  },
  de: {
    sheetName: "CX Abonnements",
    outcome: (subscriptions, cohorts, active) =>
      `${subscriptions} Abonnements in ${cohorts} Kohorten; ${active} am Beobachtungsende aktiv.`,
    skipped: (rows) =>
      `${rows} Zeilen ausgelassen: ein Beginn oder Ende, das kein Datum ist, oder ein Ende vor dem Beginn.`,
    all: "Alle Abonnements",
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
  nl: {
    sheetName: "CX Abonnementen",
    outcome: (subscriptions, cohorts, active) =>
      `${subscriptions} abonnementen in ${cohorts} cohorten; ${active} actief aan het einde van de observatie.`,
    skipped: (rows) =>
      `${rows} rijen weggelaten: een begin of einde dat geen datum is, of een einde vóór het begin.`,
    all: "Alle abonnementen",
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
};
