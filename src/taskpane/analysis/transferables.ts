/**
 * The ArrayBuffers behind every typed array in a value of plain objects and arrays (a transaction
 * log, an analysis result), each once, for postMessage's transfer list: the buffers then move to
 * the other side instead of being copied, and the arrays on this side are left empty (detached).
 * @example
 * const log = { customerIds: ["A"], customer: Int32Array.of(0), amount: Float64Array.of(20) };
 * transferables(log) // -> [log.customer.buffer, log.amount.buffer]
 * worker.postMessage(log, { transfer: transferables(log) }); // log.amount.length -> 0
 */
export function transferables(value: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const visit = (node: unknown) => {
    if (typeof node !== "object" || node === null) return;
    if (ArrayBuffer.isView(node)) {
      // By its tag, not instanceof, which fails across realms; a SharedArrayBuffer is shared,
      // not moved, and cannot be in a transfer list.
      const { buffer } = node;
      if (buffer[Symbol.toStringTag] === "ArrayBuffer") buffers.add(buffer as ArrayBuffer);
      return;
    }
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === "object") visit(child);
    }
  };
  visit(value);
  return [...buffers];
}
