/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import type { SheetSpec } from '../../src/grid/sheet-spec';
import { SheetPreview } from '../../src/taskpane/components/SheetPreview';
import { formatNumber } from '../../src/taskpane/format-cell';
import { renderPane } from './render';

const spec: SheetSpec = {
  name: 'Идентификация 2023',
  kind: 'identification',
  title: [],
  header: [['Школа', 'R2: значение', 'Доля', 'Участников', 'Ключ']],
  rows: [
    ['1. Раздел', null, null, null, 'k0'],
    ['МБОУ "СОШ № 16" с длинным названием, которое не помещается в одну строку', 22.9348659, 0.123456, 91, 'k1|abc'],
    ['МБОУ "СОШ № 2"', 91.259259259, 0.5, 1234567, 'k2|def'],
  ],
  rowStyles: [{ row: 0, style: 'section' }],
  columns: [{ width: 40, wrap: true }, { width: 11, numberFormat: '0.00' }, { numberFormat: '0.0%' }, {}, { hidden: true }],
};

describe('SheetPreview', () => {
  it('writes numbers the Russian way with the sheet’s decimals, hides the key column, spans section rows', () => {
    renderPane(<SheetPreview spec={spec} />, 'ru');
    const table = screen.getByRole('table');
    const text = table.textContent ?? '';
    expect(text).not.toContain('Ключ');
    expect(text).not.toContain('k1|abc');
    expect(text).toContain('22,93');
    expect(text).toContain('91,26');
    expect(text).toContain('12,3%');
    for (const cell of table.querySelectorAll('td')) expect(cell.textContent).not.toMatch(/\d[.,]\d{3,}/);
    const section = screen.getByText('1. Раздел');
    expect(section.getAttribute('colspan')).toBe('4');
    // The full text of a long name is its tooltip.
    expect(screen.getByTitle(String(spec.rows[1][0]))).toBeTruthy();
  });

  it('English keeps a decimal point; large numbers are grouped, years are not', () => {
    expect(formatNumber(22.9348659, 'en')).toBe('22.93');
    expect(formatNumber(22.9348659, 'ru')).toBe('22,93');
    expect(formatNumber(2024, 'ru')).toBe('2024');
    expect(formatNumber(1234567, 'ru').replace(/\s/g, ' ')).toBe('1 234 567');
    expect(formatNumber(7, 'ru', { numberFormat: '0.0' })).toBe('7,0');
  });
});
