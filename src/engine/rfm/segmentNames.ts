import type { Language } from "../language";
/** The built-in RFM segments, by a key that stays the same in every language. */
export type SegmentKey =
  | "champions"
  | "loyalCustomers"
  | "potentialLoyalist"
  | "newCustomers"
  | "promising"
  | "needAttention"
  | "aboutToSleep"
  | "atRisk"
  | "cantLoseThem"
  | "hibernating"
  | "lost"
  | "other";

/** The languages the add-in speaks. */

/** Segment names as marketing teams in each language say them (CRM usage, not word for word). */
export const SEGMENT_NAMES: Readonly<Record<SegmentKey, Readonly<Record<Language, string>>>> = {
  champions: { en: "Champions", da: "Mestre", nb: "Mestere", de: "Champions", nl: "Kampioenen" },
  loyalCustomers: {
    en: "Loyal Customers",
    da: "Loyale kunder",
    nb: "Lojale kunder",
    de: "Treue Kunden",
    nl: "Loyale klanten",
  },
  potentialLoyalist: {
    en: "Potential Loyalist",
    da: "Potentielt loyale",
    nb: "Potensielt lojale",
    de: "Potenzielle Stammkunden",
    nl: "Potentieel loyaal",
  },
  newCustomers: {
    en: "New Customers",
    da: "Nye kunder",
    nb: "Nye kunder",
    de: "Neukunden",
    nl: "Nieuwe klanten",
  },
  promising: {
    en: "Promising",
    da: "Lovende",
    nb: "Lovende",
    de: "Vielversprechend",
    nl: "Veelbelovend",
  },
  needAttention: {
    en: "Need Attention",
    da: "Kræver opmærksomhed",
    nb: "Trenger oppfølging",
    de: "Brauchen Aufmerksamkeit",
    nl: "Aandacht nodig",
  },
  aboutToSleep: {
    en: "About To Sleep",
    da: "Ved at gå i dvale",
    nb: "På vei inn i dvale",
    de: "Drohen einzuschlafen",
    nl: "Dreigen af te haken",
  },
  atRisk: {
    en: "At Risk",
    da: "I risikozonen",
    nb: "I faresonen",
    de: "Gefährdet",
    nl: "Risicoklanten",
  },
  cantLoseThem: {
    en: "Can't Lose Them",
    da: "Må ikke mistes",
    nb: "Må ikke mistes",
    de: "Nicht verlieren",
    nl: "Niet verliezen",
  },
  hibernating: {
    en: "Hibernating",
    da: "I dvale",
    nb: "I dvale",
    de: "Inaktiv",
    nl: "Slapend",
  },
  lost: { en: "Lost", da: "Mistede", nb: "Tapte", de: "Verloren", nl: "Verloren" },
  other: { en: "Other", da: "Øvrige", nb: "Andre", de: "Sonstige", nl: "Overig" },
};
