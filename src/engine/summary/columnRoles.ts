/** Column index of each role in a transaction log, −1 when the log has no such column. */
export interface ColumnRoles {
  customer: number;
  date: number;
  amount: number;
}

type Role = keyof ColumnRoles;

/** A list of header words written as one space-separated line, so each language reads as one line. */
const words = (line: string): string[] => line.split(" ");

/**
 * Header names per role, normalised (lower case, no spaces, underscores, hyphens or dots), most
 * telling first. `names` must equal the whole header; `parts` may also begin or end a longer
 * header ("Invoice date", "Bestellwert") and are chosen so they do not hide inside unrelated words.
 */
const VOCABULARY: Record<Role, { names: readonly string[]; parts: readonly string[] }> = {
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
};

/** Whole-name matching goes role by role in this order; part matching tries dates first, then amounts, as their words are the most specific. */
const EXACT_ORDER: readonly Role[] = ["customer", "date", "amount"];
const PART_ORDER: readonly Role[] = ["date", "amount", "customer"];

/**
 * Finds the customer, date and amount columns of a transaction log from its header row.
 * Headers are compared case-insensitively, trimmed, ignoring spaces, underscores, hyphens and
 * dots. Whole-name matches win over headers that merely begin or end with a known word, and a
 * column takes at most one role.
 *
 * @example
 * detectColumnRoles(["Kunde-Nr.", "Købsdato", "Beløb"]); // { customer: 0, date: 1, amount: 2 }
 * detectColumnRoles(["Invoice date", "CustomerID", "Order total"]); // { customer: 1, date: 0, amount: 2 }
 * detectColumnRoles(["a", "b"]); // { customer: -1, date: -1, amount: -1 }
 */
export function detectColumnRoles(header: readonly unknown[]): ColumnRoles {
  const names = header.map(normaliseHeader);
  const roles: ColumnRoles = { customer: -1, date: -1, amount: -1 };
  const taken = new Set<number>();
  const assign = (
    role: Role,
    matches: (name: string, word: string) => boolean,
    words: readonly string[]
  ) => {
    if (roles[role] !== -1) return;
    for (const word of words) {
      const column = names.findIndex((name, index) => !taken.has(index) && matches(name, word));
      if (column !== -1) {
        roles[role] = column;
        taken.add(column);
        return;
      }
    }
  };
  for (const role of EXACT_ORDER)
    assign(role, (name, word) => name === word, VOCABULARY[role].names);
  for (const role of PART_ORDER) {
    assign(
      role,
      (name, word) => name.startsWith(word) || name.endsWith(word),
      VOCABULARY[role].parts
    );
  }
  return roles;
}

/** Lower case, Unicode-composed, without spaces, underscores, hyphens and dots. */
function normaliseHeader(cell: unknown): string {
  if (typeof cell !== "string" && typeof cell !== "number") return "";
  return String(cell)
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s_.-]+/g, "");
}
