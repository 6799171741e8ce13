/** @jest-environment jsdom */
import './dom-shims';
import { webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OperationCancelled } from '../../src/app/progress';
import { HostError } from '../../src/hosts/host-error';
import { createTranslator } from '../../src/i18n';
import { App } from '../../src/taskpane/App';
import { fakeServices } from './fake-services';
import { isDisabled } from './render';
import type { Language } from '../../src/i18n/bilingual';
import { same } from '../../src/i18n/bilingual';
import { OporaError } from '../../src/i18n/opora-error';

const ru = createTranslator('ru');
const en = createTranslator('en');

const tabCount = () => screen.getAllByRole('tab').length;
const tab = (name: string) => screen.queryByRole('tab', { name });

describe('App', () => {
  it('reads the workbook on open and shows what was recognised', async () => {
    const { services, calls } = fakeServices();
    render(<App services={services} theme={webLightTheme} />);
    const table = await screen.findByRole('table', { name: ru('data.recognised') });
    expect(within(table).getByText('реестр школ')).toBeTruthy();
    expect(calls[0]).toBe('read:Школы:null'); // hidden sheets are not offered
  });

  it('shows only the steps whose capability exists', async () => {
    const { services } = fakeServices({ roadmap: undefined });
    render(<App services={services} theme={webLightTheme} />);
    expect(tabCount()).toBe(2);
    expect(tab(`1. ${ru('step.data')}`)).toBeTruthy();
    expect(tab(`2. ${ru('step.identification')}`)).toBeTruthy();
    expect(screen.queryByRole('tab', { name: new RegExp(ru('step.roadmap')) })).toBeNull();
    expect(screen.queryByRole('tab', { name: new RegExp(ru('step.partners')) })).toBeNull();
    await screen.findByRole('table', { name: ru('data.recognised') });
  });

  it('shows a step as soon as its service exists', async () => {
    const outcome = { summary: same('Пар: 0'), sheets: [], pairs: [], uncovered: [], svg: null, capacity: 3, covered: 0, deficits: 0 };
    const { services } = fakeServices({ partners: { defaultCapacity: async () => 3, run: async () => outcome, preview: async () => outcome } });
    render(<App services={services} theme={webLightTheme} />);
    expect(tabCount()).toBe(4);
    expect(tab(`3. ${ru('step.partners')}`)).toBeTruthy();
    expect(tab(`4. ${ru('step.roadmap')}`)).toBeTruthy();
    await screen.findByRole('table', { name: ru('data.recognised') });
  });

  it('switches the interface to English', async () => {
    const { services } = fakeServices();
    const onLanguageChange = jest.fn();
    render(<App services={services} theme={webLightTheme} onLanguageChange={onLanguageChange} />);
    await screen.findByRole('table', { name: ru('data.recognised') });
    await userEvent.selectOptions(screen.getByLabelText(ru('app.language')), 'en');
    expect(screen.getByRole('tab', { name: `1. ${en('step.data')}` })).toBeTruthy();
    expect(screen.getByRole('table', { name: en('data.recognised') })).toBeTruthy();
    expect(onLanguageChange).toHaveBeenCalledWith('en');
  });

  it('links a problem to its cell', async () => {
    const { services, calls } = fakeServices();
    render(<App services={services} theme={webLightTheme} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Школы (1)' }));
    await userEvent.click(await screen.findByRole('button', { name: ru('problems.goto', { cell: 'B4', sheet: 'Школы' }) }));
    expect(calls).toContain('select:Школы!4:2');
  });

  it('runs identification, previews who would enter, builds and writes the roadmap', async () => {
    const user = userEvent.setup();
    const { services, calls, written } = fakeServices();
    render(<App services={services} theme={webLightTheme} />);
    await screen.findByRole('table', { name: ru('data.recognised') });

    const roadmapTab = screen.getByRole('tab', { name: `3. ${ru('step.roadmap')}` });
    await user.click(roadmapTab);
    expect(isDisabled(screen.getByRole('button', { name: ru('roadmap.build') }))).toBe(true);

    await user.click(screen.getByRole('tab', { name: `2. ${ru('step.identification')}` }));
    await user.click(screen.getByRole('button', { name: ru('identify.run') }));
    const result = await screen.findByRole('table', { name: ru('identify.result') });
    expect(within(result).getAllByRole('row')).toHaveLength(2); // header + one school

    await user.click(screen.getByRole('button', { name: ru('settings.title') }));
    const gap = screen.getByLabelText(/Порог разрыва/);
    await user.clear(gap);
    await user.type(gap, '15');
    expect(await screen.findByText(ru('whatif.enter', { names: 'Школа №2 (ШНОР)' }), {}, { timeout: 2000 })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: ru('sheet.write', { sheet: 'Идентификация' }) }));
    await screen.findByText(ru('sheet.written', { sheet: 'Идентификация', rows: 1 }));

    await user.click(roadmapTab);
    await user.selectOptions(screen.getByLabelText(ru('roadmap.year')), '2026/2027');
    await user.click(screen.getByRole('button', { name: ru('roadmap.build') }));
    await screen.findByRole('table', { name: ru('sheet.preview', { sheet: 'Дорожная карта' }) });
    await user.click(screen.getByRole('button', { name: ru('sheet.write', { sheet: 'Дорожная карта' }) }));
    await waitFor(() => expect(written.map((s) => s.name)).toEqual(['Идентификация', 'Дорожная карта']));
    expect(calls).toContain('roadmap:2026/2027');
  });

  it('shows a failure in Russian with what to do next and lets the user dismiss it', async () => {
    const { services } = fakeServices({
      readData: async () => {
        throw new OporaError('damaged', { ru: 'Лист «Школы» повреждён', en: 'Sheet “Школы” is damaged' }, { reason: true });
      },
    });
    render(<App services={services} theme={webLightTheme} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(ru('error.generic', { reason: 'Лист «Школы» повреждён' }));
    await userEvent.click(within(alert).getByRole('button', { name: ru('error.dismiss') }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an error that already says what to do as it is', async () => {
    const hostError = new HostError('sheet-not-found', { ru: 'Лист «Школы» не найден в книге.', en: 'Sheet "Школы" was not found.' });
    const { services } = fakeServices({ readData: async () => Promise.reject(hostError) });
    render(<App services={services} theme={webLightTheme} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(hostError.message);
    expect(alert.textContent).not.toContain(ru('error.generic', { reason: '' }).slice(0, 20));
  });

  it('treats the use case’s own cancellation as a cancellation, not an error', async () => {
    const { services } = fakeServices({ readData: async () => Promise.reject(new OperationCancelled()) });
    render(<App services={services} theme={webLightTheme} />);
    expect(await screen.findByText(ru('progress.cancelled'))).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('in browser mode opens another file and reports a file that is not a workbook', async () => {
    const user = userEvent.setup();
    const { services } = fakeServices();
    const other = fakeServices({ listSheets: async () => [{ name: 'Другая', visible: true }] });
    const notAWorkbook = new HostError('not-a-workbook', { ru: 'Файл «x.xlsx» не является книгой Excel (.xlsx).', en: 'File "x.xlsx" is not an Excel workbook.' });
    const browser = {
      fileName: 'opora-sample.xlsx',
      open: jest.fn(async (files: { name: string }[]) => (files[0].name === 'x.xlsx' ? Promise.reject(notAWorkbook) : other.services)),
      download: jest.fn(async () => ({ name: 'opora-sample.opora.xlsx', data: new Uint8Array([1]) })),
      lostOnDownload: (language: Language) => (language === 'ru' ? 'В сохранённой копии нет: макросы (VBA).' : 'The saved copy lacks: macros (VBA).'),
    };
    render(<App services={services} theme={webLightTheme} browser={browser} />);
    expect(screen.getByText(ru('file.current', { name: 'opora-sample.xlsx' }))).toBeTruthy();
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    await user.upload(input, new File(['junk'], 'x.xlsx'));
    expect((await screen.findByRole('alert')).textContent).toContain(notAWorkbook.message);
    await user.upload(input, [new File(['pk'], 'Район.xlsx'), new File(['a;b'], 'Реестр.csv')]);
    expect(await screen.findByText(ru('file.current', { name: 'Район.xlsx + Реестр.csv' }))).toBeTruthy();
    expect(browser.open.mock.calls.at(-1)![0].map((f: { name: string }) => f.name)).toEqual(['Район.xlsx', 'Реестр.csv']);
    expect((await screen.findByRole('note')).textContent).toBe('В сохранённой копии нет: макросы (VBA).');
    await waitFor(() => expect(other.calls).toContain('read:Другая:null'));
  });

  it('cancels a long operation', async () => {
    let aborted = false;
    const { services } = fakeServices({
      readData: (_s, _c, ctx) =>
        new Promise((_resolve, reject) => {
          ctx.onProgress(0.3, same('Чтение листа «Школы»'));
          ctx.signal.addEventListener('abort', () => {
            aborted = true;
            reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
          });
        }),
    });
    render(<App services={services} theme={webLightTheme} />);
    expect(await screen.findByText(ru('progress.label', { percent: 30 }))).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: ru('progress.cancel') }));
    expect(await screen.findByText(ru('progress.cancelled'))).toBeTruthy();
    expect(aborted).toBe(true);
  });
});
