/** The ways committees mistype numbers, used deliberately in a few cells of the sample. */

/** 14.3 → «14,3» typed as text. */
export const commaText = (value: number): string => String(value).replace('.', ',');

/** 35 → «35%» typed as text. */
export const percentText = (value: number): string => `${commaText(value)}%`;

/** 45.3 → 54.3: two digits swapped, the classic mistyped total. */
export const swapTensAndUnits = (value: number): number => {
  const whole = Math.floor(value);
  const swapped = (whole % 10) * 10 + Math.floor(whole / 10) % 10 + Math.floor(whole / 100) * 100;
  return Math.round((swapped + (value - whole)) * 100) / 100;
};
