/** An objective that returns its value at x and writes its gradient into `gradient`. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface MinimizeOptions {
  /** BFGS iterations at most. Default 500. */
  maxIterations?: number;
  /**
   * Converged when max |gradient_i| ≤ gradientTolerance · max(1, |value at the start|), a scale
   * that grows with the data as a log-likelihood's gradient does. Default 1e-9.
   */
  gradientTolerance?: number;
  /**
   * Checked at every point the search accepts (not at the line search's trial points); true
   * ends the search there, unconverged, so a caller can stop a search it knows is running off
   * to where no minimum lies. Default: never.
   */
  stopWhen?: (x: Float64Array) => boolean;
}

export interface MinimizeResult {
  x: Float64Array;
  value: number;
  iterations: number;
  converged: boolean;
  message: string;
}

/** Armijo (sufficient decrease) and curvature constants of the strong Wolfe conditions. */
const SUFFICIENT_DECREASE = 1e-4;
const CURVATURE = 0.9;
const MAX_LINE_SEARCH_STEPS = 60;
/**
 * A stalled search still counts as converged when the quadratic model promises less than this
 * share of |value| and the gradient is within STALL_GRADIENT_FACTOR of the tolerance.
 */
const RESOLUTION = 1e-11;
const STALL_GRADIENT_FACTOR = 1000;

/** Whether a change in the value is within what the value resolves (RESOLUTION of |value|). */
function withinResolution(change: number, value: number): boolean {
  return change <= RESOLUTION * Math.max(1, Math.abs(value));
}

/**
 * Minimises a smooth function of a few variables by BFGS quasi-Newton with a strong-Wolfe
 * line search (Nocedal & Wright 2006, Algorithms 3.5, 3.6 and 6.1). Values of +Infinity or NaN
 * count as "too far" and make the line search step back, so the objective may reject
 * impossible points that way. `converged` is true only when the gradient is below tolerance
 * or when no step improves the value and the remaining predicted improvement is below
 * floating-point resolution; a search ended by `options.stopWhen` is not converged.
 *
 * @example
 * // (x − 3)² + 10 (y + 1)²
 * const result = minimize((x, gradient) => {
 *   gradient[0] = 2 * (x[0] - 3);
 *   gradient[1] = 20 * (x[1] + 1);
 *   return (x[0] - 3) ** 2 + 10 * (x[1] + 1) ** 2;
 * }, [0, 0]);
 * result.x; // Float64Array [3, −1] (to about 1e-9); result.converged === true
 */
export function minimize(
  objective: Objective,
  start: ArrayLike<number>,
  options: MinimizeOptions = {}
): MinimizeResult {
  const maxIterations = options.maxIterations ?? 500;
  const gradientTolerance = options.gradientTolerance ?? 1e-9;
  const stopWhen = options.stopWhen;
  const size = start.length;
  const x = Float64Array.from(start);
  const gradient = new Float64Array(size);
  let value = objective(x, gradient);
  if (!Number.isFinite(value) || !allFinite(gradient)) {
    return {
      x,
      value,
      iterations: 0,
      converged: false,
      message: "objective is not finite at the start",
    };
  }

  const gradientLimit = gradientTolerance * Math.max(1, Math.abs(value));
  const inverseHessian = new Float64Array(size * size);
  const direction = new Float64Array(size);
  const search = new LineSearch(objective, size);
  const step = new Float64Array(size);
  const gradientChange = new Float64Array(size);
  let hessianIsIdentity = true;
  // ½ gᵀH⁻¹g of the quasi-Newton model whose step failed at x; Infinity when none did.
  let modelImprovement = Infinity;
  setIdentity(inverseHessian, size, 1);

  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (maxAbs(gradient) <= gradientLimit) {
      return {
        x,
        value,
        iterations: iteration,
        converged: true,
        message: "gradient below tolerance",
      };
    }
    multiply(inverseHessian, gradient, direction, -1);
    let slope = dot(gradient, direction);
    if (!(slope < 0)) {
      setIdentity(inverseHessian, size, 1);
      hessianIsIdentity = true;
      multiply(inverseHessian, gradient, direction, -1);
      slope = dot(gradient, direction);
    }
    // With no curvature information yet, the first trial moves each coordinate by at most 1.
    const firstStep = hessianIsIdentity ? Math.min(1, 1 / maxAbs(direction)) : 1;
    const accepted = search.run(x, value, direction, slope, firstStep, gradientLimit);
    if (!accepted) {
      if (!hessianIsIdentity) {
        // What the quasi-Newton model still promises here, ½ gᵀH⁻¹g, before it is dropped.
        modelImprovement = -0.5 * slope;
        setIdentity(inverseHessian, size, 1);
        hessianIsIdentity = true;
        continue;
      }
      // The identity's ½ gᵀg is no estimate where the curvature is far from 1 (a ridge): the
      // model's own promise at this point, when there was one, is the one to judge by.
      const predictedImprovement = Math.min(-0.5 * slope, modelImprovement);
      const converged =
        withinResolution(predictedImprovement, value) &&
        maxAbs(gradient) <= STALL_GRADIENT_FACTOR * gradientLimit;
      return {
        x,
        value,
        iterations: iteration,
        converged,
        message: converged
          ? "no further improvement within floating-point resolution"
          : "line search found no lower value",
      };
    }
    for (let index = 0; index < size; index++) {
      step[index] = search.x[index] - x[index];
      gradientChange[index] = search.gradient[index] - gradient[index];
    }
    x.set(search.x);
    gradient.set(search.gradient);
    value = search.value;
    modelImprovement = Infinity;
    if (stopWhen?.(x)) {
      return {
        x,
        value,
        iterations: iteration + 1,
        converged: false,
        message: "stopped by stopWhen",
      };
    }
    const curvature = dot(step, gradientChange);
    if (curvature > 0) {
      if (hessianIsIdentity) {
        // Nocedal & Wright eq. 6.20: scale the first guess before the first update.
        setIdentity(inverseHessian, size, curvature / dot(gradientChange, gradientChange));
        hessianIsIdentity = false;
      }
      updateInverseHessian(inverseHessian, step, gradientChange, curvature, direction);
    }
  }
  return {
    x,
    value,
    iterations: maxIterations,
    converged: false,
    message: "iteration limit reached",
  };
}

/** Strong-Wolfe line search along a descent direction; the accepted point is left in x, gradient, value. */
class LineSearch {
  readonly x: Float64Array;
  readonly gradient: Float64Array;
  value = NaN;
  private readonly trialX: Float64Array;
  private readonly trialGradient: Float64Array;

  constructor(
    private readonly objective: Objective,
    size: number
  ) {
    this.x = new Float64Array(size);
    this.gradient = new Float64Array(size);
    this.trialX = new Float64Array(size);
    this.trialGradient = new Float64Array(size);
  }

  /**
   * Nocedal & Wright Algorithm 3.5 (bracketing) with 3.6 (zoom). True when a step was accepted.
   * A trial whose gradient is within `gradientLimit` and whose value is no worse than the
   * value resolves is accepted as it is: the search has arrived, and asking the rounding for a
   * sufficient decrease there would only spend the line search's evaluations.
   */
  run(
    origin: Float64Array,
    value: number,
    direction: Float64Array,
    slope: number,
    firstStep: number,
    gradientLimit: number
  ): boolean {
    let lower = 0;
    let lowerValue = value;
    let lowerSlope = slope;
    let upper = NaN;
    let upperValue = NaN;
    let upperSlope = NaN;
    let trial = firstStep;
    for (let evaluation = 0; evaluation < MAX_LINE_SEARCH_STEPS; evaluation++) {
      const trialValue = this.evaluate(origin, direction, trial);
      const trialSlope = dot(this.trialGradient, direction);
      const finite = Number.isFinite(trialValue) && Number.isFinite(trialSlope);
      if (
        finite &&
        maxAbs(this.trialGradient) <= gradientLimit &&
        withinResolution(trialValue - value, value)
      ) {
        return this.accept(trialValue);
      }
      if (
        !finite ||
        trialValue > value + SUFFICIENT_DECREASE * trial * slope ||
        trialValue >= lowerValue
      ) {
        upper = trial;
        upperValue = trialValue;
        upperSlope = trialSlope;
      } else {
        if (Math.abs(trialSlope) <= -CURVATURE * slope) return this.accept(trialValue);
        if (trialSlope * ((Number.isNaN(upper) ? Infinity : upper) - lower) >= 0) {
          upper = lower;
          upperValue = lowerValue;
          upperSlope = lowerSlope;
        }
        lower = trial;
        lowerValue = trialValue;
        lowerSlope = trialSlope;
        this.x.set(this.trialX);
        this.gradient.set(this.trialGradient);
      }
      trial = Number.isNaN(upper)
        ? 2 * trial
        : nextTrial(lower, lowerValue, lowerSlope, upper, upperValue, upperSlope);
      if (trial === lower || trial === upper) break;
    }
    // Out of steps: settle for the best point with sufficient decrease, if any.
    if (lower === 0) return false;
    this.value = lowerValue;
    return true;
  }

  private evaluate(origin: Float64Array, direction: Float64Array, step: number): number {
    for (let index = 0; index < origin.length; index++) {
      this.trialX[index] = origin[index] + step * direction[index];
    }
    return this.objective(this.trialX, this.trialGradient);
  }

  private accept(value: number): boolean {
    this.x.set(this.trialX);
    this.gradient.set(this.trialGradient);
    this.value = value;
    return true;
  }
}

/** Cubic interpolation between the bracket ends (Nocedal & Wright eq. 3.59), else bisection. */
function nextTrial(
  lower: number,
  lowerValue: number,
  lowerSlope: number,
  upper: number,
  upperValue: number,
  upperSlope: number
): number {
  const bisection = 0.5 * (lower + upper);
  if (!Number.isFinite(upperValue) || !Number.isFinite(upperSlope)) return bisection;
  const d1 = lowerSlope + upperSlope - (3 * (lowerValue - upperValue)) / (lower - upper);
  const d2 = Math.sign(upper - lower) * Math.sqrt(d1 * d1 - lowerSlope * upperSlope);
  const cubic =
    upper - ((upper - lower) * (upperSlope + d2 - d1)) / (upperSlope - lowerSlope + 2 * d2);
  const margin = 0.1 * Math.abs(upper - lower);
  const low = Math.min(lower, upper) + margin;
  const high = Math.max(lower, upper) - margin;
  return cubic >= low && cubic <= high ? cubic : bisection;
}

/** BFGS update of the inverse Hessian (Nocedal & Wright eq. 6.17); `work` is scratch space. */
function updateInverseHessian(
  inverseHessian: Float64Array,
  step: Float64Array,
  gradientChange: Float64Array,
  curvature: number,
  work: Float64Array
): void {
  const size = step.length;
  const rho = 1 / curvature;
  multiply(inverseHessian, gradientChange, work, 1);
  const factor = rho * (1 + rho * dot(gradientChange, work));
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      inverseHessian[row * size + column] +=
        factor * step[row] * step[column] -
        rho * (step[row] * work[column] + work[row] * step[column]);
    }
  }
}

function setIdentity(matrix: Float64Array, size: number, diagonal: number): void {
  matrix.fill(0);
  for (let index = 0; index < size; index++) matrix[index * size + index] = diagonal;
}

/** output = scale · matrix · vector. */
function multiply(
  matrix: Float64Array,
  vector: Float64Array,
  output: Float64Array,
  scale: number
): void {
  const size = vector.length;
  for (let row = 0; row < size; row++) {
    let sum = 0;
    for (let column = 0; column < size; column++)
      sum += matrix[row * size + column] * vector[column];
    output[row] = scale * sum;
  }
}

function dot(left: Float64Array, right: Float64Array): number {
  let sum = 0;
  for (let index = 0; index < left.length; index++) sum += left[index] * right[index];
  return sum;
}

function maxAbs(vector: Float64Array): number {
  let largest = 0;
  for (let index = 0; index < vector.length; index++) {
    const magnitude = Math.abs(vector[index]);
    if (!(magnitude <= largest)) largest = magnitude;
  }
  return largest;
}

function allFinite(vector: Float64Array): boolean {
  for (let index = 0; index < vector.length; index++)
    if (!Number.isFinite(vector[index])) return false;
  return true;
}
