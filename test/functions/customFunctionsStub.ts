/**
 * The part of Excel's CustomFunctions runtime the adapters use, installed as a global
 * (import this file first in every adapter test).
 */
class StubCustomFunctionsError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: StubCustomFunctionsError,
  ErrorCode,
  associate: () => undefined,
};

/** The error a call threw, so a test can look at its code and message. */
export function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

export { StubCustomFunctionsError as CustomFunctionsError };
