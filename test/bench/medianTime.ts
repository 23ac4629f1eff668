/**
 * Median wall-clock milliseconds of `repeats` runs of a calculation (no warm-up run, as the
 * pandas reference has none) and the last run's result. Garbage left by earlier work is
 * collected first when the bench runs with --expose-gc (npm run bench does), so a timing does
 * not pay for what came before it, as pandas' reference counting frees as it goes.
 *
 * @example
 * const { milliseconds, result } = medianTime(() => customerSummary(log, { timeUnit: "D" }), 5);
 */
export function medianTime<T>(
  calculate: () => T,
  repeats: number
): { milliseconds: number; result: T } {
  collectGarbage();
  const times: number[] = [];
  let result: T | undefined;
  for (let run = 0; run < repeats; run++) {
    const start = performance.now();
    result = calculate();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { milliseconds: times[Math.floor(repeats / 2)], result: result as T };
}

/**
 * Collects garbage when the bench runs with --expose-gc, so a timing or a memory reading does
 * not count what earlier work left; says whether it could.
 *
 * @example
 * const exact = collectGarbage(); // true under npm run bench, false under plain tsx
 * const heapBefore = process.memoryUsage().heapUsed;
 */
export function collectGarbage(): boolean {
  const { gc } = globalThis as { gc?: () => void };
  gc?.();
  return gc !== undefined;
}
