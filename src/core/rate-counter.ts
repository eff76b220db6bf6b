/**
 * Starts counted per key in fixed time windows, kept where every bot process sees them (the
 * database), so processes sharing one platform app keep to its rate limit together.
 */
export interface RateCounter {
  /** Counts one start for `key` in the window beginning at `windowStart`; resolves to the window's count including it. */
  hit(key: string, windowStart: Date): Promise<number>;
}
