/**
 * Queues the commands that empty a worksheet so it can be written again as if new: values, formats,
 * conditional formats, merges, frozen panes and, if asked, the filter. Row heights and column widths
 * are reset with the formatting (write-spec.ts), in the request that may fail without harming the data:
 * useStandardHeight is not reliable on the web.
 * Clearing keeps the sheet itself, so formulas and names elsewhere that refer to it stay valid
 * (deleting it would turn them into #REF!).
 */
export const clearSheet = (ws: Excel.Worksheet, options: { removeAutoFilter: boolean; charts?: Excel.ChartCollection }): void => {
  // A protected sheet (the monitoring template) refuses every write; it is protected again after the write.
  ws.protection.unprotect();
  for (const chart of options.charts?.items ?? []) chart.delete();
  const all = ws.getRange();
  all.dataValidation.clear();
  all.conditionalFormats.clearAll();
  all.unmerge();
  all.clear();
  ws.freezePanes.unfreeze();
  // Applying a filter replaces the old one; remove() is only needed when none is applied again.
  if (options.removeAutoFilter) ws.autoFilter.remove();
};
