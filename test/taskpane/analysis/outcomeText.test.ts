import { analysisOfInput } from "../../../src/engine/report/analysisOfInput";
import type { AnalysisOutcome } from "../../../src/taskpane/analysis/analyzeCustomers";
import { outcomeText } from "../../../src/taskpane/analysis/outcomeText";
import { stringsByLanguage } from "../../../src/taskpane/i18n/stringsByLanguage";
import { logOf } from "../../engine/read/logOf";

/** A run that went well and left nothing out. */
const clean: AnalysisOutcome = {
  kind: "done",
  customers: 2357,
  sheetNames: ["CX Summary", "CX Customers", "CX Segments", "CX At Risk", "CX Model"],
  skipped: {},
  returns: 0,
  zeroAmounts: 0,
  excludedTransactions: 0,
  customersWithoutPurchase: 0,
  modelError: "",
  noDropout: false,
  withoutAmounts: null,
  intervalError: "",
  holdoutPick: null,
  firstSkippedCell: null,
  unfinished: null,
  rowsUnderTable: null,
};

const english = (outcome: AnalysisOutcome) =>
  outcomeText(outcome, stringsByLanguage.en, new Intl.NumberFormat("en-US"));

describe("outcomeText", () => {
  it("says a log without amounts has no CLV columns, and why the intervals failed", () => {
    expect(english({ ...clean, withoutAmounts: "log" })).toBe(
      "2,357 customers analyzed. Sheets: CX Summary, CX Customers, CX Segments, CX At Risk, CX Model. The log has no amount column, so the revenue, spend and CLV columns are left out: they need amounts."
    );
    expect(english({ ...clean, withoutAmounts: "table" })).toContain(
      "The table has no column of the mean spend per repeat purchase, so the revenue, spend and CLV columns are left out: they need it."
    );
    expect(
      outcomeText(
        { ...clean, intervalError: "the estimates are not at a maximum" },
        stringsByLanguage.da,
        new Intl.NumberFormat("da-DK")
      )
    ).toContain("CLV-intervallerne kunne ikke beregnes: the estimates are not at a maximum");
  });

  it("names the model the holdout check picked", () => {
    expect(english({ ...clean, holdoutPick: "pnbd" })).toBe(
      "2,357 customers analyzed. Sheets: CX Summary, CX Customers, CX Segments, CX At Risk, CX Model. Picked on the holdout: Pareto/NBD."
    );
    expect(
      outcomeText(
        { ...clean, holdoutPick: "mbgnbd" },
        stringsByLanguage.nl,
        new Intl.NumberFormat("nl-NL")
      )
    ).toContain("Gekozen in de testperiode: MBG/NBD.");
  });

  it("says filled rows under the chosen table were not read, in the user's language", () => {
    expect(english({ ...clean, rowsUnderTable: "Orders" })).toBe(
      "2,357 customers analyzed. Sheets: CX Summary, CX Customers, CX Segments, CX At Risk, CX Model. Rows under the table “Orders” are not part of it and were not read; if they belong to it, resize the table to take them in."
    );
    expect(
      outcomeText(
        { ...clean, rowsUnderTable: "Salg" },
        stringsByLanguage.de,
        new Intl.NumberFormat("de-DE")
      )
    ).toContain(
      "Die Zeilen unter der Tabelle „Salg“ gehören nicht zu ihr und wurden nicht gelesen."
    );
  });

  it("names the customers and the sheets, and nothing more when nothing was left out", () => {
    expect(english(clean)).toBe(
      "2,357 customers analyzed. Sheets: CX Summary, CX Customers, CX Segments, CX At Risk, CX Model."
    );
  });

  it("adds the skipped rows by reason, returns and zero amounts, each only when it happened", () => {
    const outcome: AnalysisOutcome = {
      ...clean,
      customers: 3,
      sheetNames: ["CX Summary", "CX Customers"],
      skipped: { blankCustomer: 1, unreadableDate: 0, nonNumericAmount: 2 },
      returns: 1,
      zeroAmounts: 4,
    };
    expect(english(outcome)).toBe(
      "3 customers analyzed. Sheets: CX Summary, CX Customers. " +
        "3 rows skipped: 1 without a customer, 2 with a non-numeric amount. " +
        "1 return (an order netting below 0) is not counted as an order. " +
        "4 rows with an amount of 0 are counted as orders."
    );
  });

  it("says in German what was left out and why the model failed (the engine's reason in German), with German digits", () => {
    const outcome: AnalysisOutcome = {
      ...clean,
      customers: 1200,
      sheetNames: ["CX Übersicht"],
      returns: 2,
      excludedTransactions: 1500,
      customersWithoutPurchase: 3,
      modelError:
        "the model fit did not converge (line search found no lower value); the data may not suit this model",
    };
    expect(outcomeText(outcome, stringsByLanguage.de, new Intl.NumberFormat("de-DE"))).toBe(
      "1.200 Kunden analysiert. Blätter: CX Übersicht. " +
        "2 Retouren (Bestellungen mit einer Nettosumme unter 0) zählen nicht als Bestellungen. " +
        "1.500 Transaktionen nach dem Beobachtungsende wurden ausgelassen. " +
        "3 Kunden mit nur Retouren wurden ausgelassen. " +
        "Das Modell konnte nicht angepasst werden: Die Anpassung des Modells ist nicht konvergiert; die Daten passen vielleicht nicht zu diesem Modell"
    );
  });

  it("explains a fit with no dropout in the user's language instead of the engine's words", () => {
    const outcome: AnalysisOutcome = {
      ...clean,
      customers: 5,
      sheetNames: ["CX Oversigt"],
      zeroAmounts: 1,
      modelError: "the data show almost no customers leaving",
      noDropout: true,
    };
    expect(outcomeText(outcome, stringsByLanguage.da, new Intl.NumberFormat("da-DK"))).toBe(
      "5 kunder analyseret. Ark: CX Oversigt. 1 række med beløbet 0 tælles som ordre. " +
        stringsByLanguage.da.modelNoDropout
    );
  });

  it("names the previous run's sheets left and the numbered names kept when replacing them failed", () => {
    const outcome: AnalysisOutcome = {
      ...clean,
      customers: 2,
      sheetNames: ["CX Summary (2)"],
      unfinished: {
        previousSheetNames: ["CX Summary", "Board deck"],
        renamed: false,
        reason: "The connection was lost.",
      },
    };
    expect(english(outcome)).toBe(
      "2 customers analyzed. Sheets: CX Summary (2). " +
        "The previous run's sheets CX Summary, Board deck could not be removed (The connection was lost.); " +
        "they are left as they were: delete them if you no longer need them. " +
        "Some result sheets keep a numbered name, as renaming them failed (The connection was lost.)."
    );
    const renamedOnly = {
      ...outcome,
      unfinished: { ...outcome.unfinished!, previousSheetNames: [] },
    };
    expect(english(renamedOnly)).toBe(
      "2 customers analyzed. Sheets: CX Summary (2). " +
        "Some result sheets keep a numbered name, as renaming them failed (The connection was lost.)."
    );
  });

  it("writes a count of 1 in the singular, in Danish and in German", () => {
    const one: AnalysisOutcome = {
      ...clean,
      customers: 1,
      sheetNames: ["CX Oversigt"],
      skipped: { blankCustomer: 1 },
      returns: 1,
      excludedTransactions: 1,
      customersWithoutPurchase: 1,
    };
    expect(outcomeText(one, stringsByLanguage.da, new Intl.NumberFormat("da-DK"))).toBe(
      "1 kunde analyseret. Ark: CX Oversigt. 1 række sprunget over: 1 uden kunde. " +
        "1 returnering (ordre med en nettosum under 0) tælles ikke som ordre. " +
        "1 transaktion efter observationsslut blev udeladt. " +
        "1 kunde med kun returneringer blev udeladt."
    );
    expect(outcomeText(one, stringsByLanguage.de, new Intl.NumberFormat("de-DE"))).toBe(
      "1 Kunde analysiert. Blätter: CX Oversigt. 1 Zeile übersprungen: 1 ohne Kunde. " +
        "1 Retoure (Bestellung mit einer Nettosumme unter 0) zählt nicht als Bestellung. " +
        "1 Transaktion nach dem Beobachtungsende wurde ausgelassen. " +
        "1 Kunde mit nur Retouren wurde ausgelassen."
    );
    expect(
      outcomeText(
        { ...one, kind: "subscriptions", subscriptions: 1, notes: [] },
        stringsByLanguage.nl,
        new Intl.NumberFormat("nl-NL")
      )
    ).toBe("1 abonnement geanalyseerd. Bladen: CX Oversigt.");
  });

  it("says a cancelled run wrote nothing", () => {
    expect(english({ kind: "cancelled" })).toBe("Analysis cancelled. Nothing was written.");
  });

  it("tells of a subscription table's run: subscriptions, sheets, the sheet's notes, in German", () => {
    const notes = ["2.000 Abonnements in 2 Kohorten; 691 am Beobachtungsende aktiv."];
    expect(
      outcomeText(
        {
          kind: "subscriptions",
          subscriptions: 2000,
          sheetNames: ["CX Abonnements"],
          notes,
          firstSkippedCell: null,
          unfinished: { previousSheetNames: [], renamed: false, reason: "Verbindung verloren." },
        },
        stringsByLanguage.de,
        new Intl.NumberFormat("de-DE")
      )
    ).toBe(
      "2.000 Abonnements analysiert. Blätter: CX Abonnements. " +
        notes[0] +
        " " +
        stringsByLanguage.de.sheetsNotRenamed("Verbindung verloren.")
    );
  });

  it("gives a model's failure in Danish, the engine's reason said in Danish inside the Danish frame", () => {
    const modelError = analysisOfInput(
      {
        layout: "transactions",
        log: logOf([
          ["A", 45000, 5],
          ["B", 45010, 3],
          ["C", 45020, 7],
        ]),
      },
      {}
    ).customers.models.transactionError;
    const text = outcomeText(
      { ...clean, customers: 3, sheetNames: ["CX Oversigt"], modelError },
      stringsByLanguage.da,
      new Intl.NumberFormat("da-DK")
    );
    expect(text).toContain(
      "Modellen kunne ikke tilpasses: modellen har ingen bedste tilpasning til disse data (en parameter går mod 0 eller uendelig)"
    );
    expect(text).not.toContain("best fit");
  });
});
