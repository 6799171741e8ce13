import type { CosmeticGroupId, CosmeticStep } from './write-spec';

/**
 * Sends the formatting and print settings after the data, in a request of their own, so that a setting
 * the host refuses cannot take the data with it. All groups go in one request; if it fails, each group
 * is sent again on its own (after undoing what the failed attempt may have left), and the groups that
 * fail again are returned for the report. A failed batch may have run its first commands (no rollback is
 * documented), hence the resets before a group is sent again.
 * A group whose setting a host can drop silently (fit-to-page printing, office-js #1860) reads it back
 * in the same request and counts as failed when it did not take.
 */
export const applyCosmetics = async (
  ws: Excel.Worksheet,
  steps: readonly CosmeticStep[],
  sync: () => Promise<void>,
): Promise<{ failed: CosmeticGroupId[]; largestBytes: number }> => {
  if (steps.length === 0) return { failed: [], largestBytes: 0 };
  const total = steps.reduce((n, s) => n + s.bytes, 0);
  const send = (step: CosmeticStep): (() => boolean) => {
    step.apply(ws);
    return step.verify?.(ws) ?? (() => true);
  };
  try {
    const checks = steps.map(send);
    await sync();
    return { failed: steps.filter((_, i) => !checks[i]()).map((s) => s.group), largestBytes: total };
  } catch {
    const failed: CosmeticGroupId[] = [];
    for (const step of steps) {
      try {
        step.reset?.(ws);
        const took = send(step);
        await sync();
        if (!took()) failed.push(step.group);
      } catch {
        failed.push(step.group);
      }
    }
    return { failed, largestBytes: total };
  }
};
