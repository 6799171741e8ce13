/** @jest-environment jsdom */
import './dom-shims';
import { TextDecoder, TextEncoder } from 'util';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'fs';
import { join } from 'path';
import { createTranslator } from '../../src/i18n';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { createServices } from '../../src/taskpane/services/create-services';
import { SimpleStep } from '../../src/taskpane/steps/SimpleStep';
import { renderPane } from './render';

// The .xlsx host reads the workbook here as it does in the browser, where these exist.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const ru = createTranslator('ru');
const SAMPLE = join(__dirname, '..', '..', 'assets', 'sample', 'opora-sample.xlsx');

describe('the «Показатели» step on the sample workbook', () => {
  it('exists (the capability is there), checks the targets and draws both charts from the sheets’ own cells', async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE), 'opora-sample.xlsx');
    const services = createServices(book);
    expect(services.targets).toBeDefined();
    renderPane(<SimpleStep services={services} service={services.targets!} title="step.targets" />);
    await userEvent.click(screen.getByRole('button', { name: ru('step.targets') }));
    const compliance = await waitFor(() => screen.getByRole('img', { name: /Выполнение целевых показателей школами/ }), { timeout: 30_000 });
    const groups = screen.getByRole('img', { name: /Численность групп ШНОР и ШНСУ по годам/ });
    // One bar per school indicator, labelled with its share; the shares match the control sheet's summary rows.
    const [control] = await book.readGrids(['Контроль показателей 2024']);
    const header = control.values.findIndex((r) => r.includes('Доля выполнивших, %'));
    const summary = control.values.slice(header + 1).filter((r) => typeof r[2] === 'number');
    expect(summary.length).toBe(9);
    const bars = within(compliance).getAllByText(/^\d+ %$/).map((e) => e.textContent);
    expect(bars).toEqual(summary.map((row) => `${Math.round(row[2] as number)} %`));
    expect(within(groups).getAllByText(/^20\d\d$/).map((e) => e.textContent)).toEqual(['2022', '2023', '2024']);
    expect(screen.getByText(/Контроль показателей 2024: школ в программе \d+, не достигли хотя бы одного показателя \d+/)).toBeTruthy();
  }, 60_000);
});
