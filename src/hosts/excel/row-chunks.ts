/** Rows [start, end) sent or read in one request. */
export interface RowChunk {
  start: number;
  end: number;
  bytes: number;
}

/**
 * Splits rows into consecutive chunks whose estimated sizes stay within budgetBytes (a single row larger
 * than the budget gets a chunk of its own) and that hold at most maxRows rows.
 */
export const planRowChunks = (rowBytes: readonly number[], budgetBytes: number, maxRows: number): RowChunk[] => {
  const chunks: RowChunk[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rowBytes.length; i++) {
    const full = i > start && (bytes + rowBytes[i] > budgetBytes || i - start >= maxRows);
    if (full) {
      chunks.push({ start, end: i, bytes });
      start = i;
      bytes = 0;
    }
    bytes += rowBytes[i];
  }
  if (rowBytes.length > start) chunks.push({ start, end: rowBytes.length, bytes });
  return chunks;
};

export { jsonBytes, utf8Length } from '../../util/json-bytes';
