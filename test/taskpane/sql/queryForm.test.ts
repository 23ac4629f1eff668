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
});
