import { matchHeaders, type HeaderVocabulary } from "./headerMatch";
/** Column index of each role in a transaction log, −1 when the log has no such column. */
export interface ColumnRoles {
  customer: number;
  date: number;
  amount: number;
  /** The order id, when the log has one: line items of one order share it. */
  order?: number;
}

/** A subscription table's own columns: start and end dates, the fee per period, the plan. */
export type SubscriptionRole = "start" | "end" | "fee" | "plan";

/**
 * What a column of a range given to the full analysis holds: the transaction log's customer,
 * date, amount and order id, a sales channel or another attribute to break results down by (region, age
 * group), a customer table's recency (days), frequency (orders) and monetary value, the
 * models' x (repeat purchases), t_x and T with the orders, revenue and first and last purchase
 * dates of the one history where the table has them (as the generated query's and CX.SUMMARY's
 * do), or a subscription table's start, end, fee and plan
 * (subscriptionColumns); "ignore" for anything else.
 */
export type ColumnRole =
  | keyof ColumnRoles
  | SubscriptionRole
  | "channel"
  | "attribute"
  | "recency"
  | "frequency"
  | "monetary"
  | "orders"
  | "revenue"
  | "firstPurchase"
  | "lastPurchase"
  | "x"
  | "tx"
  | "T"
  | "ignore";

/** The roles a header names here (subscriptionColumns names the subscription roles); every one but "attribute" goes to one column at most. */
type NamedRole = Exclude<ColumnRole, "ignore" | SubscriptionRole>;

/** A list of header words written as one space-separated line, so each language reads as one line. */
const words = (line: string): string[] => line.split(" ");

/**
 * Header names per role, normalised (normaliseHeader: lower case, no spaces, dots or units), most
 * telling first. `names` must equal the whole header; `parts` may also begin or end a longer
 * header ("Invoice date", "Bestellwert") and are chosen so they do not hide inside unrelated words.
 */
const VOCABULARY: HeaderVocabulary<NamedRole> = {
  customer: {
    names: [
      ...words("customerid customernumber customerno customernr customer clientid client"), // en
      ...words("userid buyerid accountid id"), // en, generic
      ...words("kundeid kundenummer kundenr kunde"), // da, no
      ...words("kundenid kundennummer kundennr kunden"), // de
      ...words("klantid klantnummer klantnr klantcode klant"), // nl
    ],
    parts: words("customer client kunde klant"),
  },
  date: {
    names: [
      ...words("date orderdate purchasedate transactiondate invoicedate saledate day"), // en
      ...words("dato ordredato købsdato kobsdato transaktionsdato fakturadato"), // da
      ...words("kjøpsdato kjopsdato transaksjonsdato"), // no
      ...words("datum bestelldatum kaufdatum transaktionsdatum rechnungsdatum auftragsdatum"), // de
      ...words("besteldatum aankoopdatum transactiedatum factuurdatum orderdatum"), // nl
    ],
    parts: words("date dato datum"),
  },
  amount: {
    names: [
      ...words("amount revenue sales ordervalue ordertotal dollarvalue value total spend"), // en
      ...words("monetary price"), // en
      ...words("beløb belob omsætning omsaetning salg værdi vaerdi ordreværdi total sum pris"), // da
      ...words("beløp belop omsetning salg verdi ordreverdi totalt sum pris"), // no
      ...words("betrag umsatz wert summe bestellwert gesamtbetrag rechnungsbetrag gesamt preis"), // de
      ...words("bedrag omzet waarde orderwaarde totaal totaalbedrag verkoop prijs"), // nl
    ],
    parts: [
      ...words("amount revenue sales value total price"), // en
      ...words("beløb beløp omsætning omsetning værdi verdi"), // da, no
      ...words("betrag umsatz wert summe preis"), // de
      ...words("bedrag omzet waarde totaal prijs"), // nl
    ],
  },
  order: {
    names: [
      ...words("order orderid ordernumber orderno ordernr invoice invoiceid invoicenumber"), // en
      ...words("invoiceno transactionid receipt receiptno basket"), // en
      ...words("ordre ordreid ordrenummer ordrenr faktura fakturanummer fakturanr bon"), // da, no
      ...words("bestellung bestellid bestellnummer bestellnr auftrag auftragsnummer"), // de
      ...words("rechnung rechnungsnummer rechnungsnr beleg belegnummer bon"), // de
      ...words("bestelling bestelnummer ordernummer factuur factuurnummer bonnummer"), // nl
    ],
    parts: words("ordernumber ordrenummer bestellnummer bestelnummer ordernummer invoicenumber"),
  },
  channel: {
    names: [
      ...words("channel saleschannel orderchannel source store shop"), // en
      ...words("kanal salgskanal butik butikk"), // da, no
      ...words("vertriebskanal verkaufskanal filiale"), // de
      ...words("kanaal verkoopkanaal winkel"), // nl
    ],
    parts: words("channel kanal kanaal"),
  },
  attribute: {
    names: [
      ...words("region country city segment age agegroup gender category type tier postcode"), // en
      ...words("customertype customersegment membership"), // en
      ...words("land by alder aldersgruppe køn kategori kundetype kundesegment postnummer"), // da
      ...words("landsdel fylke kjønn kundegruppe"), // no
      ...words("stadt alter altersgruppe geschlecht kategorie kundentyp kundengruppe plz"), // de
      ...words("bundesland postleitzahl"), // de
      ...words("provincie stad leeftijd leeftijdsgroep geslacht categorie klanttype postcode"), // nl
    ],
    parts: words("region segment gruppe groep group kategori categor"),
  },
  recency: {
    names: [
      ...words("recency recencydays dayssincelastpurchase dayssincelastorder"), // en
      ...words("dagesidensidstekøb dagersidensistekjøp"), // da, no
      ...words("aktualität tageseitletztemkauf recentheid"), // de, nl
    ],
    parts: [],
  },
  frequency: {
    names: [
      ...words("frequency purchases transactions"), // en
      ...words("frekvens antalkøb antallkjøp"), // da, no
      ...words("frequenz häufigkeit käufe"), // de
      ...words("frequentie aantalaankopen"), // nl
    ],
    parts: [],
  },
  orders: {
    names: [
      ...words("orders ordercount numberoforders"), // en
      ...words("ordrer antalordrer antallordrer"), // da, no
      ...words("bestellungen anzahlbestellungen"), // de
      ...words("bestellingen aantalorders"), // nl
    ],
    parts: [],
  },
  monetary: {
    names: [
      ...words("monetary monetaryvalue zbar meanspend averagespend"), // en
      ...words("monetärerwert monetairewaarde"), // de, nl
    ],
    parts: [],
  },
  revenue: {
    names: [
      ...words("totalrevenue totalspend"), // en
      ...words("samletomsætning samletomsetning gesamtumsatz totaleomzet"), // da, no, de, nl
    ],
    parts: [],
  },
  firstPurchase: {
    names: [
      ...words("firstpurchase firstpurchasedate dateoffirstpurchase"), // en
      ...words("førstekøb forstekob førstekjøp forstekjop"), // da, no
      ...words("erstkauf ersterkauf erstkaufdatum eersteaankoop"), // de, nl
    ],
    parts: [],
  },
  lastPurchase: {
    names: [
      ...words("lastpurchase lastpurchasedate dateoflastpurchase"), // en
      ...words("senestekøb senestekob sidstekøb sidstekob sistekjøp sistekjop"), // da, no
      ...words("letzterkauf letztkauf laatsteaankoop"), // de, nl
    ],
    parts: [],
  },
  x: { names: words("x repeatpurchases repeats"), parts: [] },
  tx: { names: words("tx"), parts: [] },
  T: { names: words("t tenure"), parts: [] },
};

/**
 * Whole-name matching goes role by role in this order, the log's roles first; part matching
 * tries dates first, then amounts, as their words are the most specific.
 */
const EXACT_ORDER: readonly NamedRole[] = [
  ...(["customer", "date", "amount", "order", "recency", "frequency", "orders"] as const),
  ...(["monetary", "revenue", "firstPurchase", "lastPurchase", "x", "tx", "T"] as const),
  ...(["channel", "attribute"] as const),
];
const PART_ORDER: readonly NamedRole[] = [
  ...(["date", "amount", "customer", "order", "channel", "attribute"] as const),
];

/**
 * The role each header names, in en/da/nb/de/nl, undefined where it names none. Headers are
 * compared case-insensitively, trimmed, ignoring spaces, underscores, hyphens and dots; whole
 * names win over headers that merely begin or end with a known word ("Invoice date",
 * "Bestellwert"), and the customer-table roles (recency, frequency, orders, monetary, revenue,
 * first and last purchase, x, t_x, T) match by whole name only. Every role but "attribute" goes to one column at most. A header such as
 * "frequency" is taken at its word here; detectLayout decides what it means in the range.
 *
 * @example
 * headerRoles(["Kundennummer", "Datum", "Umsatz", "Kanal", "Altersgruppe", "Notiz"]);
 * // ["customer", "date", "amount", "channel", "attribute", undefined]
 * headerRoles(["ID", "frequency", "recency", "T", "monetary_value"]);
 * // ["customer", "frequency", "recency", "T", "monetary"]
 */
export function headerRoles(header: readonly unknown[]): (NamedRole | undefined)[] {
  return matchHeaders(header, VOCABULARY, EXACT_ORDER, PART_ORDER, "attribute");
}
