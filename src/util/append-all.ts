/** Appends items in place without spreading them as call arguments (a spread of 100k+ items overflows the stack). */
export const appendAll = <T>(target: T[], items: readonly T[]): T[] => {
  for (const item of items) target.push(item);
  return target;
};
