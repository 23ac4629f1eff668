import { matchHeaders, type HeaderVocabulary } from "../read/headerMatch";

/** Column index of each column of a marketing spend table, −1 when it has none. */
export interface SpendColumnRoles {
  channel: number;
  spend: number;
  /** The month of the spend, or any date in it. */
  month: number;
  /** New customers the ad platform reported. */
  newCustomers: number;
}

type SpendRole = keyof SpendColumnRoles;

/** A list of header words written as one space-separated line, so each language reads as one line. */
const words = (line: string): string[] => line.split(" ");

/**
 * Header names per role, normalised (lower case, no spaces, underscores, hyphens or dots), most
 * telling first. `names` must equal the whole header; `parts` may begin or end a longer one
 * ("Spend EUR", "Kosten pro Monat").
 */
const VOCABULARY: HeaderVocabulary<SpendRole> = {
  channel: {
    names: [
      ...words("channel marketingchannel acquisitionchannel source utmsource platform medium"), // en
      ...words("kanal marketingkanal markedsføringskanal markedsforingskanal kilde platform"), // da, nb
      ...words("kanal marketingkanal werbekanal quelle plattform"), // de
      ...words("kanaal marketingkanaal bron platform"), // nl
    ],
    parts: words("channel kanal kanaal"),
  },
  spend: {
    names: [
      ...words("spend adspend marketingspend mediaspend cost costs budget amount investment"), // en
      ...words("omkostninger omkostning udgifter udgift forbrug annonceforbrug beløb belob"), // da
      ...words("kostnad kostnader forbruk budsjett beløp belop annonsekostnader"), // nb
      ...words("kosten ausgaben werbeausgaben werbekosten marketingkosten betrag"), // de
      ...words("kosten uitgaven advertentiekosten marketingkosten bedrag"), // nl
    ],
    parts: words("spend cost omkostning udgift kostnad budsjett kosten ausgaben uitgaven budget"),
  },
  month: {
    names: [
      ...words("month date period yearmonth"), // en
      ...words("måned maaned maned dato periode"), // da, nb
      ...words("monat datum zeitraum"), // de
      ...words("maand datum periode"), // nl
    ],
    parts: words("month måned maaned monat maand"),
  },
  newCustomers: {
    names: [
      ...words("newcustomers customers acquisitions conversions newusers signups"), // en
      ...words("nyekunder kunder konverteringer nyekunderplatform"), // da, nb
      ...words("neukunden neuekunden kunden konversionen"), // de
      ...words("nieuweklanten klanten conversies"), // nl
    ],
    parts: words("newcustomers nyekunder neukunden nieuweklanten conversions konverteringer"),
  },
};

/** Whole names role by role in this order; parts with the customers' words first, as "Nye kunder pr. måned" ends with a month. */
const EXACT_ORDER: readonly SpendRole[] = ["channel", "spend", "month", "newCustomers"];
const PART_ORDER: readonly SpendRole[] = ["newCustomers", "spend", "channel", "month"];

/**
 * Where a marketing spend table's channel, spend, month and platform-reported new customers
 * are, from its header row in en/da/nb/de/nl ("Kanal", "Omkostninger", "Måned", "Nye kunder";
 * "Kanal", "Kosten", "Monat", "Neukunden"; "Kanaal", "Kosten", "Maand", "Nieuwe klanten").
 * Headers are compared as the log's are (matchHeaders): case-insensitively, ignoring a
 * bracketed unit, spaces, underscores, hyphens and dots; a whole name wins over a header that
 * merely begins or ends with a known word ("Kosten pro Monat"). Each role goes to one column at
 * most; −1 where none is found.
 *
 * @example
 * spendColumnRoles(["Kanal", "Monat", "Kosten", "Neukunden"]);
 * // { channel: 0, spend: 2, month: 1, newCustomers: 3 }
 * spendColumnRoles(["Channel", "Spend (EUR)"]);
 * // { channel: 0, spend: 1, month: -1, newCustomers: -1 }
 */
export function spendColumnRoles(header: readonly unknown[]): SpendColumnRoles {
  const roles = matchHeaders(header, VOCABULARY, EXACT_ORDER, PART_ORDER);
  return {
    channel: roles.indexOf("channel"),
    spend: roles.indexOf("spend"),
    month: roles.indexOf("month"),
    newCustomers: roles.indexOf("newCustomers"),
  };
}
