/** A parse either succeeds with a value or fails with a reason code and a human message; it never throws. */
export type Result<T, R extends string = string> = { ok: true; value: T } | { ok: false; reason: R; message: string };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = <R extends string>(reason: R, message: string): { ok: false; reason: R; message: string } => ({
  ok: false,
  reason,
  message,
});
