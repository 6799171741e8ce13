/** Appends items in place without spreading them as call arguments (a spread of 100k+ items overflows the stack). */
export const appendAll = <T>(target: T[], items: readonly T[]): T[] => {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
};
