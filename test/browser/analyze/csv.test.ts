import { csvSeparator, enteredCell, formatCsv, parseCsv } from "./csv";

test("reads quoted fields with separators, doubled quotes and line breaks, and drops blank lines", () => {
  const text = '\ufeffcustomer,note\r\n"A, Ltd","said ""hi""\nthen left"\r\n\r\nB,\n';
  expect(parseCsv(text)).toEqual([
    ["customer", "note"],
    ["A, Ltd", 'said "hi"\nthen left'],
    ["B", ""],
  ]);
});

test("takes the separator from the header line, ignoring separators inside quotes", () => {
  expect(csvSeparator("customer;date;amount\n1;2024-01-01;9,5")).toBe(";");
  expect(csvSeparator('"a;b;c",date\n1,2')).toBe(",");
  expect(parseCsv('"Kunde";Dato\n"A";"9,5"')).toEqual([
    ["Kunde", "Dato"],
    ["A", "9,5"],
  ]);
});

test("writes text quoted only when needed and numbers to Excel's 15 digits", () => {
  expect(
    formatCsv([
      ["Customer", "Expected purchases, 12 months", 'a "b"', " padded"],
      ["A", 100.50000000000001, true, 0.1 + 0.2],
    ])
  ).toBe('Customer,"Expected purchases, 12 months","a ""b"""," padded"\r\nA,100.5,TRUE,0.3\r\n');
  const rows = [["x,y", 'q"', "line\nbreak", 2.5]];
  expect(parseCsv(formatCsv(rows))).toEqual([["x,y", 'q"', "line\nbreak", "2.5"]]);
});

test("gives a field the value Excel gives its typed text: numbers, ISO dates as serials, formulas blank", () => {
  const fields = ["45292", " 2024-01-01 ", "9,5", "kr 1.234,50", "=SUM(A1)", "-x", "'007"];
  expect(fields.map((field) => enteredCell(field, ";"))).toEqual([
    45292,
    45292,
    9.5,
    "kr 1.234,50",
    "=SUM(A1)",
    "",
    "'007",
  ]);
  expect(enteredCell("9,5", ",")).toBe("9,5");
});
