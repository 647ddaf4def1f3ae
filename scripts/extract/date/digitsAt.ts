/** Whether the character at `at` is an ASCII digit. */
export const isDigitAt = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return code >= 0x30 && code <= 0x39;
};

/** The number written by the `length` ASCII digits at `at` (the caller has checked they are digits). */
export const digitsAt = (text: string, at: number, length: number): number => {
  let value = 0;
  for (let k = at; k < at + length; k++) value = value * 10 + text.charCodeAt(k) - 0x30;
  return value;
};
