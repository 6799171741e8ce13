/**
 * Opora keeps its state as JSON in a veryHidden worksheet, the same layout on every host so a
 * workbook moves between Excel and the .xlsx adapter: the JSON split into chunks in column A.
 */
export const STATE_SHEET = 'Opora.state';

/** Excel limits a cell to 32,767 characters; chunks stay well under it. */
export const STATE_CHUNK_CHARS = 30000;

export const splitState = (json: string): string[] => {
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += STATE_CHUNK_CHARS) chunks.push(json.slice(i, i + STATE_CHUNK_CHARS));
  return chunks.length > 0 ? chunks : [''];
};

/** Joins column A of the state sheet back; null when the sheet holds nothing. */
export const joinState = (columnA: unknown[]): string | null => {
  const parts = columnA.filter((v): v is string => typeof v === 'string');
  return parts.length > 0 ? parts.join('') : null;
};
