import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { cdnowSampleRows } from "../browser/fixtures/cdnowSample";
import { channels } from "../../src/functions/channels";
import { customerHistory } from "../../src/engine/history/customerHistory";
import { createTransactionLogBuilder } from "../../src/engine/read/transactionLog";
import { customerPredictions, fitCustomerModels } from "../../src/engine/report/customerModels";

const column = (...values: unknown[]) => values.map((value) => [value]);
// A (Web) buys 100 on 2023-01-10 and 50 on 2023-02-20 through Shop; B (web ) 40 on 2023-01-20;
// C (Shop) 60 on 2023-02-05; D (Mail) 30 on 2023-02-10. Nobody buys twice on one day.
const ids = column("A", "B", "A", "C", "D");
const dates = column(44936, "2023-01-20", "2023-02-20", "2023-02-05", 44967);
const amounts = column(100, 40, 50, 60, 30);
const logChannels = column("Web", "web ", "Shop", "Shop", "Mail");
const spendChannels = column("WEB", "Shop", "TikTok", "Web", "");
const spend = column(70, 30, 500, 50, 10);

describe("CX.CHANNELS", () => {
  it("spills a row per channel of the spend table, then no spend recorded and all channels", () => {
    const result = channels(ids, dates, amounts, logChannels, spendChannels, spend);
    expect(result[0]).toEqual([
      "channel",
      "new_customers",
      "spend",
      "cac",
      "cpa",
      "first_order_value",
      "repeat_rate",
      "revenue_per_customer",
      "margin_per_customer",
      "value_12_months",
      "predicted_clv",
      "clv_to_cac",
      "payback_months",
      "roi",
    ]);
    // Only A buys twice: Gamma-Gamma cannot be fitted, so the predicted columns stay blank.
    // Web's two customers brought 100 and 40 in their first month: 70 each covers a CAC of 60.
    expect(result.slice(1)).toEqual([
      ["WEB", 2, 120, 60, 60, 70, 0.5, 95, 95, "", "", "", 1, ""],
      ["Shop", 1, 30, 30, 30, 60, 0, 60, 60, "", "", "", "", ""],
      ["TikTok", 0, 500, "no customers", "", "", "", "", "", "", "", "", "", ""],
      ["No spend recorded", 1, "", "", "", 30, 0, 30, 30, "", "", "", "", ""],
      ["All channels", 4, 650, 162.5, 162.5, 57.5, 0.25, 70, 70, "", "", "", "", ""],
    ]);
  });

  describe("in Excel's display language", () => {
    const global = globalThis as { Office?: unknown };
    afterEach(() => delete global.Office);
    // TikTok has spend but no customers; D came through Mail, which has no spend.
    const namesAndCac = (displayLanguage: string) => {
      global.Office = { context: { displayLanguage } };
      const result = channels(ids, dates, amounts, logChannels, spendChannels, spend);
      return result.map((row) => [row[0], row[3]]);
    };

    it("names the rows without a channel and a CAC without customers in Danish and German", () => {
      expect(namesAndCac("da-DK")).toEqual([
        ["channel", "cac"],
        ["WEB", 60],
        ["Shop", 30],
        ["TikTok", "ingen kunder"],
        ["Ingen omkostninger registreret", ""],
        ["Alle kanaler", 162.5],
      ]);
      expect(namesAndCac("de-DE").slice(3)).toEqual([
        ["TikTok", "keine Kunden"],
        ["Keine Kosten erfasst", ""],
        ["Alle Kanäle", 162.5],
      ]);
    });

    it("keeps the English texts in English and an unknown language, and the header always", () => {
      const english = [
        ["TikTok", "no customers"],
        ["No spend recorded", ""],
        ["All channels", 162.5],
      ];
      expect(namesAndCac("en-US").slice(3)).toEqual(english);
      expect(namesAndCac("fr-FR").slice(3)).toEqual(english);
      expect(namesAndCac("nl-NL")[0]).toEqual(["channel", "cac"]);
    });
  });

  it("counts customers of the spend months only, and takes the gross margin and attribution", () => {
    const result = channels(
      ids,
      dates,
      amounts,
      logChannels,
      column("Web", "Shop"),
      column(60, 30),
      column("2023-02", "15.02.2023"),
      0.5,
      null,
      "last_touch"
    );
    // Last touch: A's latest row is Shop; in February only C (Shop) and D (Mail) were acquired.
    expect(result.map((row) => row.slice(0, 4))).toEqual([
      ["channel", "new_customers", "spend", "cac"],
      ["Web", 0, 60, "no customers"],
      ["Shop", 1, 30, 30],
      ["No spend recorded", 1, "", ""],
      ["All channels", 2, 90, 45],
    ]);
    expect(result[2][8]).toBe(30);
  });

  it("adds the fitted models' predicted value to the margin to date", () => {
    // The CDNOW sample's first 600 customers, to keep the per-customer predictions quick.
    const rows = cdnowSampleRows().filter((row) => Number(row[0]) <= 600);
    const channelOf = (id: string) => ["Search", "Social", "Email"][Number(id) % 3];
    const result = channels(
      rows.map((row) => [row[0]]),
      rows.map((row) => [row[1]]),
      rows.map((row) => [row[2]]),
      rows.map((row) => [channelOf(row[0])]),
      column("Search", "Social", "Email"),
      column(9000, 6000, 3000),
      undefined,
      0.3
    );
    const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
    builder.addRows(rows);
    const history = customerHistory(builder.finish(), { timeUnit: "W" });
    const histories = { ...history };
    const predicted = customerPredictions(fitCustomerModels(histories, "bgnbd+gg"), histories, {
      horizonMonths: 12,
      monthlyDiscountRate: 0.01,
      grossMargin: 0.3,
    }).predictedClv;
    let search = 0;
    let customers = 0;
    history.customerIds.forEach((id, index) => {
      if (channelOf(id) !== "Search") return;
      search += history.revenue[index] * 0.3 + predicted[index];
      customers++;
    });
    expect(result[1][0]).toBe("Search");
    expect(result[1][1]).toBe(customers);
    expect(result[1][3]).toBeCloseTo(9000 / customers, 9);
    expect(result[1][10]).toBeCloseTo(search / customers, 9);
    expect(result[1][11]).toBeCloseTo(search / 9000, 9);
    expect(result[1][13]).toBeCloseTo(
      (search / customers - 9000 / customers) / (9000 / customers),
      9
    );
    expect(result[1][9]).toEqual(expect.any(Number));
  });

  it("points at a spend row it cannot read rather than leave it out, which would change the spend", () => {
    const log = [ids, dates, amounts, logChannels] as const;
    const twoWebMonths = (months: unknown[], amountsOfSpend: unknown[]) =>
      thrownBy(() =>
        channels(...log, column("Web", "Web"), column(...amountsOfSpend), column(...months))
      );
    expect(twoWebMonths(["2023-01", "jan"], [50, 70])).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "spend_months: row 2: is no date or month (such as 2024-03 or 15.03.2024)"
      )
    );
    expect(twoWebMonths(["2023-01", "2023-02"], ["n/a", 70])).toEqual(
      new CustomFunctionsError("#VALUE!", "spend: row 1: is not a number")
    );
    expect(twoWebMonths(["2023-01", "2023-02"], [50, -70])).toEqual(
      new CustomFunctionsError("#VALUE!", "spend: row 2: is negative; spend is 0 or more")
    );
    // A row without a channel (the spend table's blank last row) is still left out.
    const withBlankChannel = channels(...log, column("Web", ""), column(120, 10));
    expect(withBlankChannel[1].slice(0, 3)).toEqual(["Web", 2, 120]);
  });

  it("says which argument is wrong", () => {
    expect(
      thrownBy(() => channels(ids, dates, amounts, column("Web"), spendChannels, spend))
    ).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "channels: has 1 rows but customer_ids has 5; give ranges of equal height"
      )
    );
    expect(
      thrownBy(() => channels(ids, dates, amounts, logChannels, spendChannels, column(1)))
    ).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "spend: has 1 rows but spend_channels has 5; give ranges of equal height"
      )
    );
    expect(
      thrownBy(() => channels(ids, dates, amounts, logChannels, column("", ""), column(1, 5)))
    ).toEqual(
      new CustomFunctionsError(
        "#N/A",
        "spend: no valid rows: each has a blank channel, a spend that is not a number or is negative, or an unreadable month"
      )
    );
    expect(
      thrownBy(() =>
        channels(ids, dates, amounts, logChannels, spendChannels, spend, undefined, 40)
      )
    ).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "gross_margin: must be a share from 0 to 1, e.g. 0.4 for 40 %"
      )
    );
    expect(
      thrownBy(() =>
        channels(
          ids,
          dates,
          amounts,
          logChannels,
          spendChannels,
          spend,
          undefined,
          null,
          null,
          "linear"
        )
      )
    ).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "attribution: must be one of first_touch, last_touch, most_orders"
      )
    );
    expect(
      thrownBy(() =>
        channels(ids, dates, amounts, logChannels, spendChannels, spend, column("2023-01", "x"))
      )
    ).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "spend_months: has 2 rows but spend_channels has 5; give ranges of equal height"
      )
    );
  });
});
