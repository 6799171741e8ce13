import type { CosmeticGroupId, CosmeticStep } from './write-spec';

/**
 * Sends the formatting and print settings after the data, in a request of their own, so that a setting
 * the host refuses cannot take the data with it. All groups go in one request; if it fails, each group
 * is sent again on its own (after undoing what the failed attempt may have left), and the groups that
 * fail again are returned for the report. Office.js does not roll a failed batch back, hence the resets.
 */
export const applyCosmetics = async (
  ws: Excel.Worksheet,
  steps: readonly CosmeticStep[],
  sync: () => Promise<void>,
): Promise<{ failed: CosmeticGroupId[]; largestBytes: number }> => {
  if (steps.length === 0) return { failed: [], largestBytes: 0 };
  const total = steps.reduce((n, s) => n + s.bytes, 0);
  try {
    for (const step of steps) step.apply(ws);
    await sync();
    return { failed: [], largestBytes: total };
  } catch {
    const failed: CosmeticGroupId[] = [];
    for (const step of steps) {
      try {
        step.reset?.(ws);
        step.apply(ws);
        await sync();
      } catch {
        failed.push(step.group);
      }
    }
    return { failed, largestBytes: total };
  }
};
