/** A problem found in a user's workbook. Messages are Russian by default; messageEn is the English text. */
export interface Problem {
  sheet: string;
  row?: number; // 1-based sheet row
  column?: string; // column letter, e.g. 'F'
  code: string; // stable machine code, e.g. 'text-in-number'
  message: string; // Russian, names what to do
  messageEn?: string;
  severity: 'error' | 'warning' | 'info';
}
