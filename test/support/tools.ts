import { execFileSync } from 'child_process';

/** Whether a command-line tool (soffice, pdftoppm…) is installed. */
export const hasTool = (tool: string): boolean => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
