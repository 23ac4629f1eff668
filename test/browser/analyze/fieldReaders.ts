import {
  DATE,
  DOUBLE,
  DuckDBDateValue,
  DuckDBScalarFunction,
  VARCHAR,
  type DuckDBConnection,
  type DuckDBType,
  type DuckDBValue,
} from "@duckdb/node-api";
import { numberToDaySerial, toDaySerialDayFirst } from "../../../src/engine/read/excelDate";
import { readAmount } from "../../../src/engine/read/readNumber";
import { enteredCell } from "./csv";

/** Excel's day serial of 1970-01-01, where DuckDB counts dates from. */
export const EPOCH_SERIAL = 25569;
/** Serial of 1900-03-01: Excel's earlier serials count a 29 February 1900 no database has. */
const FIRST_SHARED_SERIAL = 61;

/** How a file's text fields are read: its field separator and its amounts' decimal separator. */
export interface FieldReading {
  readonly separator: "," | ";";
  readonly decimalSeparator: "." | "," | undefined;
}

/**
 * Registers on a connection the SQL functions that read a file's text field as the pane reads
 * the cell the field becomes on a sheet (enteredCell: Excel's typing, then the engine's reader):
 * `cx_day(text)`, the DATE of toDaySerialDayFirst (Excel serials and YYYYMMDD numbers, ISO text
 * with its time and zone dropped, day-first text), and `cx_amount(text)`, the DOUBLE of
 * readAmount with the file's decimal separator; NULL for what they cannot read, as for NULL.
 *
 * @example
 * registerFieldReaders(connection, { separator: ";", decimalSeparator: "," });
 * await connection.runAndReadAll("SELECT cx_day('15.03.2023'), cx_day('45000'), cx_amount('kr 1.234,50')");
 * // [[2023-03-15, 2023-03-15, 1234.5]]
 */
export function registerFieldReaders(connection: DuckDBConnection, reading: FieldReading): void {
  const cell = (field: string) => enteredCell(field, reading.separator);
  register(connection, "cx_day", DATE, (field) => {
    const value = cell(field);
    const serial =
      typeof value === "number" ? numberToDaySerial(value) : toDaySerialDayFirst(value);
    return serial >= FIRST_SHARED_SERIAL ? new DuckDBDateValue(serial - EPOCH_SERIAL) : null;
  });
  register(connection, "cx_amount", DOUBLE, (field) => {
    const amount = readAmount(cell(field), reading.decimalSeparator);
    return Number.isNaN(amount) ? null : amount;
  });
}

/** Registers a SQL function of one text argument, its value for each row of a chunk in turn. */
function register(
  connection: DuckDBConnection,
  name: string,
  returnType: DuckDBType,
  read: (field: string) => DuckDBValue
): void {
  connection.registerScalarFunction(
    DuckDBScalarFunction.create({
      name,
      returnType,
      parameterTypes: [VARCHAR],
      mainFunction: (_, input, output) => {
        const fields = input.getColumnVector(0);
        for (let row = 0; row < input.rowCount; row++) {
          const field = fields.getItem(row);
          output.setItem(row, typeof field === "string" ? read(field) : null);
        }
        output.flush();
      },
    })
  );
}
