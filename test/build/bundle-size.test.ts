import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { measurePage, pageScripts, TASKPANE_BUDGET_BYTES, withinBudget } from '../../scripts/bundle-size';

describe('bundle size check', () => {
  it('reads the local scripts of a page in order and skips the office.js CDN', () => {
    const html = '<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script defer src=runtime.js></script><script defer="defer" src="taskpane.js"></script>';
    expect(pageScripts(html)).toEqual(['runtime.js', 'taskpane.js']);
  });

  it('sums the gzip sizes of the page scripts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opora-dist-'));
    const a = 'a'.repeat(5000);
    const b = Array.from({ length: 2000 }, (_, i) => String(i * 7919)).join(',');
    writeFileSync(join(dir, 'a.js'), a);
    writeFileSync(join(dir, 'b.js'), b);
    writeFileSync(join(dir, 'taskpane.html'), '<script src="a.js"></script><script src="b.js"></script>');
    const size = measurePage(dir, 'taskpane.html');
    expect(size.scripts.map((s) => s.file)).toEqual(['a.js', 'b.js']);
    expect(size.gzipBytes).toBe(gzipSync(a, { level: 9 }).length + gzipSync(b, { level: 9 }).length);
  });

  it('the budget is 350 KB gzip: at the budget passes, one byte over fails', () => {
    const page = (gzipBytes: number) => ({ page: 'taskpane.html', scripts: [], gzipBytes });
    expect(TASKPANE_BUDGET_BYTES).toBe(350 * 1024);
    expect(withinBudget(page(TASKPANE_BUDGET_BYTES - 1))).toBe(true);
    expect(withinBudget(page(TASKPANE_BUDGET_BYTES))).toBe(true);
    expect(withinBudget(page(TASKPANE_BUDGET_BYTES + 1))).toBe(false);
  });
});
