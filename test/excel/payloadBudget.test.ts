import {
  jsonBytes,
  payloadBudgetBytes,
  rowsPerBlock,
  utf8Bytes,
} from "../../src/excel/payloadBudget";

describe("rowsPerBlock", () => {
  test("probes with 1000 rows before anything is measured", () => {
    expect(rowsPerBlock(3, 0)).toBe(1000);
  });
  test("fills the byte budget once the row size is known", () => {
    expect(rowsPerBlock(3, 40)).toBe(Math.floor(payloadBudgetBytes / 40));
  });
  test("never asks for more than a million cells at once", () => {
    expect(rowsPerBlock(100, 1)).toBe(10_000);
  });
  test("takes at least one row even when a row is larger than the budget", () => {
    expect(rowsPerBlock(3, payloadBudgetBytes * 4)).toBe(1);
  });
});

describe("utf8Bytes and jsonBytes", () => {
  test.each(["", "Ana", "Søren Ærø", "王小明", "😀 Zoë", "a\ud800b", "\udc00", "ü😀中"])(
    "count %p as Node's UTF-8 encoder does",
    (text) => {
      expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, "utf8"));
    }
  );
  test("measure a Chinese name at three bytes a character, where the UTF-16 length says one", () => {
    const rows = [["王小明", 12.5]];
    expect(JSON.stringify(rows).length).toBe(14);
    expect(jsonBytes(rows)).toBe(20);
    expect(jsonBytes(rows)).toBe(Buffer.byteLength(JSON.stringify(rows), "utf8"));
  });
});
