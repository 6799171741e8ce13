import { OfficeDouble, OfficeDoubleError, PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT } from '../support/office-double';

const contextOf = () => {
  const double = new OfficeDouble();
  double.seedSheet('Лист', { values: [['a', 1]] });
  return { double, ctx: double.newContext() as unknown as Excel.RequestContext };
};

describe('the Office.js test double behaves like Office.js', () => {
  test('writes are queued until sync', async () => {
    const { double, ctx } = contextOf();
    ctx.workbook.worksheets.getItem('Лист').getRange('B2').values = [[5]];
    expect(double.sheet('Лист')!.cell(1, 1)).toBeUndefined();
    await ctx.sync();
    expect(double.sheet('Лист')!.cell(1, 1)?.value).toBe(5);
    expect(double.syncCount).toBe(1);
  });

  test('reading a property before its sync, or without loading it, throws PropertyNotLoaded', async () => {
    const { ctx } = contextOf();
    const range = ctx.workbook.worksheets.getItem('Лист').getRange('A1:B1');
    range.load('values');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(range.values).toEqual([['a', 1]]);
    expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  test('text entered into a General cell is coerced like typing; a text-formatted cell keeps it', async () => {
    const { double, ctx } = contextOf();
    const ws = ctx.workbook.worksheets.getItem('Лист');
    ws.getRange('A3:D3').values = [['=SUM(B1)', '0012', 'TRUE', "'=x"]];
    const text = ws.getRange('A4:B4');
    text.numberFormat = [['@', '@']];
    text.values = [['=SUM(B1)', '0012']];
    await ctx.sync();
    const s = double.sheet('Лист')!;
    expect(s.cell(2, 0)?.formula).toBe('=SUM(B1)');
    expect(s.cell(2, 1)?.value).toBe(12);
    expect(s.cell(2, 2)?.value).toBe(true);
    expect(s.cell(2, 3)?.value).toBe('=x');
    expect([s.cell(3, 0)?.value, s.cell(3, 0)?.formula, s.cell(3, 1)?.value]).toEqual(['=SUM(B1)', undefined, '0012']);
  });

  test('an input array of the wrong size fails the sync', async () => {
    const { ctx } = contextOf();
    ctx.workbook.worksheets.getItem('Лист').getRange('A1:B2').values = [[1, 2]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('a request over 5 MB is rejected; one just under is accepted', async () => {
    const { double, ctx } = contextOf();
    const overhead = (s: string) => JSON.stringify({ path: 'getItem("Лист").getRange("A1")', set: 'values', value: [[s]] });
    const probe = overhead('');
    const room = PAYLOAD_LIMIT_BYTES - Buffer.byteLength(probe) - 3; // '[', ']' and the separator
    ctx.workbook.worksheets.getItem('Лист').getRange('A1').values = [['x'.repeat(room)]];
    await ctx.sync();
    expect(double.requestPayloads[0]).toBe(PAYLOAD_LIMIT_BYTES);
    ctx.workbook.worksheets.getItem('Лист').getRange('A1').values = [['x'.repeat(room + 1)]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });

  test('a range read over 5,000,000 cells is rejected', async () => {
    const { ctx } = contextOf();
    ctx.workbook.worksheets.getItem('Лист').getRangeByIndexes(0, 0, READ_CELL_LIMIT / 1000, 1000).load('rowCount');
    await ctx.sync(); // dimensions only: no cells travel
    ctx.workbook.worksheets.getItem('Лист').getRangeByIndexes(0, 0, READ_CELL_LIMIT / 1000 + 1, 1000).load('values');
    await expect(ctx.sync()).rejects.toBeInstanceOf(OfficeDoubleError);
  });

  test('isNullObject is known only after the sync', async () => {
    const { ctx } = contextOf();
    const missing = ctx.workbook.worksheets.getItemOrNullObject('Нет');
    expect(() => missing.isNullObject).toThrow();
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
  });

  test('getItem of a missing sheet fails the sync with ItemNotFound', async () => {
    const { ctx } = contextOf();
    ctx.workbook.worksheets.getItem('Нет').load('name');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('merging keeps only the top-left value', async () => {
    const { double, ctx } = contextOf();
    ctx.workbook.worksheets.getItem('Лист').getRange('A1:B1').merge(false);
    await ctx.sync();
    expect(double.sheet('Лист')!.cell(0, 1)).toBeUndefined();
    expect(double.sheet('Лист')!.valuesGrid()).toEqual([['a']]);
  });

  test('deleting a sheet turns formulas that refer to it into #REF!; other sheets with similar names are left alone', async () => {
    const { double, ctx } = contextOf();
    double.seedSheet('Данные', { values: [[5]] });
    double.seedSheet('МоиДанные', { values: [[6]] });
    const user = double.seedSheet('Итоги', {
      values: [[null, null, null]],
      formulas: [["='Данные'!A1*2", '=SUM(данные!A1:A3)', '=МоиДанные!A1']],
    });
    ctx.workbook.worksheets.getItem('Данные').delete();
    await ctx.sync();
    expect([0, 1, 2].map((c) => user.cell(0, c)?.formula)).toEqual(['=#REF!A1*2', '=SUM(#REF!A1:A3)', '=МоиДанные!A1']);
    expect(user.cell(0, 0)).toMatchObject({ value: '#REF!', isError: true });
    expect(user.cell(0, 2)?.isError).toBeUndefined();
  });

  test('renaming a sheet renames it in the formulas that refer to it', async () => {
    const { double, ctx } = contextOf();
    const user = double.seedSheet('Итоги', { values: [[null]], formulas: [['=Лист!B1+1']] });
    ctx.workbook.worksheets.getItem('Лист').name = 'Новый лист';
    await ctx.sync();
    expect(user.cell(0, 0)?.formula).toBe("='Новый лист'!B1+1");
  });

  test('format.autofitRows is queued like any format and recorded over its range', async () => {
    const { double, ctx } = contextOf();
    ctx.workbook.worksheets.getItem('Лист').getRange('A2:C4').format.autofitRows();
    expect(double.sheet('Лист')!.formatAt(1, 0, 'autofitRows')).toBeUndefined();
    await ctx.sync();
    expect(double.sheet('Лист')!.formatAt(1, 0, 'autofitRows')).toBe(true);
    expect(double.sheet('Лист')!.formatAt(0, 0, 'autofitRows')).toBeUndefined();
    expect(double.sheet('Лист')!.formatAt(3, 2, 'autofitRows')).toBe(true);
    expect(double.sheet('Лист')!.formatAt(4, 2, 'autofitRows')).toBeUndefined();
  });

  test('an operation named in failingOperations fails its sync; what was queued before it stays applied, what came after does not', async () => {
    const { double, ctx } = contextOf();
    double.failingOperations.add('autoFilter.apply');
    const ws = ctx.workbook.worksheets.getItem('Лист');
    ws.getRange('C1').values = [['до']];
    ws.autoFilter.apply('A1:B1');
    ws.getRange('D1').values = [['после']];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    expect(double.sheet('Лист')!.cell(0, 2)?.value).toBe('до');
    expect(double.sheet('Лист')!.cell(0, 3)).toBeUndefined();
    expect(double.sheet('Лист')!.autoFilter).toBeNull();
  });
});
