import { headerRoles, type ColumnRole, type SubscriptionRole } from "./columnRoles";
import { matchHeaders, type HeaderVocabulary } from "./headerMatch";

/** Column index of each role in a subscription table, −1 when it has none. */
export interface SubscriptionColumnRoles {
  readonly customer: number;
  readonly start: number;
  readonly end: number;
  /** The fee or price per period. */
  readonly fee: number;
  readonly plan: number;
  /** Other columns to split by (region, channel, segment). */
  readonly attributes: readonly number[];
}

/** A list of header words written as one space-separated line, so each language reads as one line. */
const words = (line: string): string[] => line.split(" ");

/**
 * Header names per role, normalised (normaliseHeader). `names` must equal the whole header;
 * `parts` may begin or end it ("Vertragsende", "Abonnementstart"), and are long enough not to
 * hide in other words ("end" would find "Spend").
 */
const VOCABULARY: HeaderVocabulary<SubscriptionRole> = {
  start: {
    names: [
      ...words("start startdate started startedat begin begindate signup signupdate"), // en
      ...words("subscriptionstart subscribed subscribedon since membersince"), // en
      ...words("startdato oprettet oprettelsesdato abonnementstart medlemsiden"), // da, nb
      ...words("startdatum beginn beginndatum vertragsbeginn abobeginn anmeldedatum"), // de
      ...words("begindatum ingangsdatum aanvangsdatum"), // nl
    ],
    parts: words("startdat start beginn begindat ingang aanvang"),
  },
  end: {
    names: [
      ...words("end enddate ended endedat stop stopdate cancelled canceled cancellation"), // en
      ...words("cancellationdate canceldate cancelledat canceledat churn churndate churned"), // en
      ...words("termination terminationdate terminated"), // en
      ...words("slut slutdato ophør ophørsdato opsagt opsigelse opsigelsesdato stopdato"), // da
      ...words("sluttdato oppsagt oppsigelse oppsigelsesdato"), // nb
      ...words("ende enddatum kündigung kündigungsdatum gekündigt vertragsende aboende"), // de
      ...words("kuendigung kuendigungsdatum"), // de, without the umlaut
      ...words("einde einddatum opgezegd opzegging opzegdatum beëindigd beeindigd"), // nl
    ],
    parts: words("enddat ende einddat slut stopdat cancel opsag oppsag kündig kuendig opzeg"),
  },
  fee: {
    names: [
      ...words("fee fees monthlyfee subscriptionfee price monthlyprice mrr charge rate"), // en
      ...words("pris månedspris maanedspris månedligpris kontingent abonnementspris"), // da, nb
      ...words("månedsbeløb månedsbeløp"), // da, nb
      ...words("preis monatspreis beitrag monatsbeitrag gebühr monatsgebühr grundgebühr"), // de
      ...words("prijs maandprijs maandbedrag abonnementsprijs contributie"), // nl
    ],
    parts: words("fee price pris preis prijs beitrag gebühr kontingent"),
  },
  plan: {
    names: [
      ...words("plan subscription subscriptiontype product tier package"), // en
      ...words("abonnement abonnementstype produkt pakke pakket"), // da, nb, nl
      ...words("abo abotyp tarif paket vertrag"), // de
      ...words("abonnementsvorm"), // nl
    ],
    parts: words("plan abonnement"),
  },
};

/** Whole names are matched role by role in this order, then parts in the same order. */
const ROLE_ORDER: readonly SubscriptionRole[] = ["start", "end", "fee", "plan"];

/**
 * Whether a header row is a subscription table's, and which column holds what: a start and an
 * end date column named in en/da/nb/de/nl ("Start", "Startdato", "Startdatum", "Slut",
 * "Opsagt", "Ende", "Kündigung", "Einddatum"…), optionally a fee ("Monthly fee", "Pris",
 * "Preis", "Prijs"), a plan ("Plan", "Abonnement") and, as the transaction log's headers name
 * them (headerRoles), a customer and attributes to split by. Undefined when there is no start
 * or no end column, so a transaction log's single date is not taken for a subscription.
 *
 * @example
 * subscriptionColumns(["Kundenummer", "Startdato", "Opsagt", "Månedspris", "Abonnement", "Region"]);
 * // { customer: 0, start: 1, end: 2, fee: 3, plan: 4, attributes: [5] }
 * subscriptionColumns(["Kunde", "Dato", "Beløb"]); // undefined
 */
export function subscriptionColumns(
  header: readonly unknown[]
): SubscriptionColumnRoles | undefined {
  const roles = matchHeaders(header, VOCABULARY, ROLE_ORDER, ROLE_ORDER);
  const start = roles.indexOf("start");
  const end = roles.indexOf("end");
  if (start < 0 || end < 0) return undefined;
  const logRoles = headerRoles(header);
  const untaken = (column: number) => roles[column] === undefined;
  return {
    customer: logRoles.findIndex((role, column) => role === "customer" && untaken(column)),
    start,
    end,
    fee: roles.indexOf("fee"),
    plan: roles.indexOf("plan"),
    attributes: logRoles.flatMap((role, column) =>
      (role === "attribute" || role === "channel") && untaken(column) ? [column] : []
    ),
  };
}

/**
 * A subscription table's columns from the role of each column, as the user confirmed them in
 * the pane: the channel and attribute columns are the attributes to split by.
 *
 * @example
 * subscriptionColumnsOfRoles(["customer", "start", "end", "ignore", "plan", "attribute"]);
 * // { customer: 0, start: 1, end: 2, fee: -1, plan: 4, attributes: [5] }
 */
export function subscriptionColumnsOfRoles(roles: readonly ColumnRole[]): SubscriptionColumnRoles {
  return {
    customer: roles.indexOf("customer"),
    start: roles.indexOf("start"),
    end: roles.indexOf("end"),
    fee: roles.indexOf("fee"),
    plan: roles.indexOf("plan"),
    attributes: roles.flatMap((role, column) =>
      role === "attribute" || role === "channel" ? [column] : []
    ),
  };
}
