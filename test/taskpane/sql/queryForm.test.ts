import { customerTableQuery } from "../../../src/engine/sql/customerTableQuery";
import { SQL_DIALECTS } from "../../../src/engine/sql/sqlDialect";
import { stringsByLanguage } from "../../../src/taskpane/i18n/stringsByLanguage";
import { formQuery, type QueryForm } from "../../../src/taskpane/sql/queryForm";

const FORM: QueryForm = {
  dialect: "duckdb",
  table: "shop.orders",
  customerColumn: "Kundenummer",
  dateColumn: "Dato",
  amountColumn: "Beløb",
  orderColumn: "",
  channelColumn: "",
  observationEnd: "",
  timeUnit: "W",
};

describe("formQuery", () => {
  it.each(SQL_DIALECTS)("gives customerTableQuery's %s text for the same inputs", (dialect) => {
    const form: QueryForm = {
      ...FORM,
      dialect,
      orderColumn: "Ordre",
      channelColumn: "Kanal",
      observationEnd: "1997-09-30",
      timeUnit: "M",
    };
    expect(formQuery(form, stringsByLanguage.en.sql)).toEqual({
      query: customerTableQuery({
        dialect,
        table: "shop.orders",
        customerColumn: "Kundenummer",
        dateColumn: "Dato",
        amountColumn: "Beløb",
        orderColumn: "Ordre",
        channelColumn: "Kanal",
        // 1997-09-30 is day serial 35703 (1997-01-01 is 35431, 272 days before).
        observationEnd: 35703,
        timeUnit: "M",
      }),
    });
  });

  it("leaves blank optional columns and observation end out", () => {
    const result = formQuery({ ...FORM, dialect: "postgresql" }, stringsByLanguage.en.sql);
    expect(result).toEqual({
      query: customerTableQuery({
        dialect: "postgresql",
        table: "shop.orders",
        customerColumn: "Kundenummer",
        dateColumn: "Dato",
        amountColumn: "Beløb",
      }),
    });
    expect("query" in result && result.query).toContain("The observation end: the day after");
    expect("query" in result && result.query).not.toContain("order_key");
  });

  it("names every blank required field by its label, in the user's language", () => {
    const blank = { ...FORM, table: " ", amountColumn: "" };
    expect(formQuery(blank, stringsByLanguage.en.sql)).toEqual({
      message: "Fill in: Table, Amount column.",
    });
    expect(formQuery(blank, stringsByLanguage.de.sql)).toEqual({
      message: "Bitte ausfüllen: Tabelle, Betragsspalte.",
    });
  });

  it.each(["0002-12-31", "1899-12-31", "1900-02-28", "1900-02-29"])(
    "says, rather than throws, that an observation end of %s is no date a query holds",
    (observationEnd) => {
      // A date input reports 0002-12-31 once the first digit of the year is typed; the engine's
      // query holds days from 1900-03-01 (serial 61) on.
      expect(formQuery({ ...FORM, observationEnd }, stringsByLanguage.en.sql)).toEqual({
        message: "The observation end is not a date from 1900-03-01 to 9999-12-31.",
      });
      expect(formQuery({ ...FORM, observationEnd }, stringsByLanguage.da.sql)).toEqual({
        message: "Observationens slutning er ikke en dato fra 1900-03-01 til 9999-12-31.",
      });
    }
  );

  it("writes the query for the first day a query holds, 1900-03-01", () => {
    const result = formQuery({ ...FORM, observationEnd: "1900-03-01" }, stringsByLanguage.en.sql);
    expect("query" in result && result.query).toContain("SELECT DATE '1900-03-01' AS end_day");
  });
});
