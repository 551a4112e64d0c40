/**
 * How much longer a call takes on a larger input than on a smaller one: the fastest of three warm
 * timings of each, the smallest ratio of up to three attempts (stopping at one under `enough`),
 * so a collection or a burst of load on a shared machine does not pass for superlinear growth.
 * For inputs four times apart, linear is about 4 and quadratic about 16.
 *
 * @example
 * expect(growthRatio(() => f(small), () => f(large))).toBeLessThan(9);
 */
export function growthRatio(small: () => unknown, large: () => unknown, enough = 6): number {
  const time = (call: () => unknown): number => {
    call();
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      call();
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  let ratio = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && ratio >= enough; attempt++) ratio = Math.min(ratio, time(large) / Math.max(time(small), 0.5));
  return ratio;
}
