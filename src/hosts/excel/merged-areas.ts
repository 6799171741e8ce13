import type { MergeArea } from '../../grid/grid';
import { parseMergedAddress } from './office-cells';

interface Rows {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/**
 * Merged areas of a sheet whose whole-sheet request failed (more than 512 merged areas, the limit of
 * Range.getMergedAreasOrNullObject): each half of the used rows is asked in a request of its own, and a
 * half that fails again is halved again. A single row that still fails is left without merges - the
 * readers cope with unmerged cells - rather than failing the read.
 */
export const readMergedAreas = async (ws: Excel.Worksheet, area: Rows, sync: () => Promise<void>): Promise<MergeArea[]> => {
  const found: MergeArea[] = [];
  const visit = async (part: Rows): Promise<void> => {
    const merged = ws.getRangeByIndexes(part.top, part.left, part.rows, part.columns).getMergedAreasOrNullObject().load('address');
    try {
      await sync();
    } catch {
      if (part.rows < 2) return;
      const upper = Math.ceil(part.rows / 2);
      await visit({ ...part, rows: upper });
      await visit({ ...part, top: part.top + upper, rows: part.rows - upper });
      return;
    }
    if (merged.isNullObject) return;
    // An area crossing the block's edge is returned whole by both blocks it touches: keep it once.
    for (const m of parseMergedAddress(merged.address))
      if (!found.some((f) => f.top === m.top && f.left === m.left && f.bottom === m.bottom && f.right === m.right)) found.push(m);
  };
  await visit(area);
  return found;
};
