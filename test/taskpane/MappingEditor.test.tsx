/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTranslator } from '../../src/i18n';
import type { SheetReading } from '../../src/taskpane/model';
import { MappingEditor } from '../../src/taskpane/steps/MappingEditor';
import { isDisabled, renderPane } from './render';
import type { Language } from '../../src/i18n/bilingual';

const ru = createTranslator('ru');
const en = createTranslator('en');

const reading = (): SheetReading => ({
  sheet: 'Результаты',
  kind: 'results',
  kindLabel: { ru: 'Результаты', en: 'Results' },
  rows: 10,
  fields: [
    { id: 'school', label: { ru: 'Школа', en: 'School' }, required: true },
    { id: 'average', label: { ru: 'Средний балл', en: 'Average score' }, required: true },
    { id: 'quality', label: { ru: 'Качество знаний', en: 'Quality' }, required: false },
  ],
  columns: [
    { index: 0, letter: 'A', header: 'Наименование ОО' },
    { index: 1, letter: 'B', header: 'Ср. балл' },
    { index: 2, letter: 'C', header: 'Качество' },
  ],
  assignment: { school: 0, average: 1, quality: null },
  autoDetected: ['school', 'average'],
});

const setup = (language: Language = 'ru') => {
  const onApply = jest.fn();
  renderPane(<MappingEditor reading={reading()} onApply={onApply} />, language);
  return { onApply, user: userEvent.setup() };
};

const applyButton = (t = ru) => screen.getByRole('button', { name: t('mapping.apply') });

describe('MappingEditor', () => {
  it('shows one dropdown per field with the detected column chosen and marked', () => {
    setup();
    expect((screen.getByLabelText(/Школа/) as HTMLSelectElement).value).toBe('0');
    expect((screen.getByLabelText(/Средний балл/) as HTMLSelectElement).value).toBe('1');
    expect((screen.getByLabelText(/Качество знаний/) as HTMLSelectElement).value).toBe('');
    expect(screen.getAllByText(ru('mapping.auto'))).toHaveLength(2);
  });

  it('keeps apply disabled until the user changes something', () => {
    setup();
    expect(isDisabled(applyButton())).toBe(true);
  });

  it('applies a corrected mapping for its sheet', async () => {
    const { onApply, user } = setup();
    await user.selectOptions(screen.getByLabelText(/Качество знаний/), '2');
    await user.click(applyButton());
    expect(onApply).toHaveBeenCalledWith('Результаты', { fields: { school: 0, average: 1, quality: 2 } });
  });

  it('refuses an unset required field and names it', async () => {
    const { onApply, user } = setup();
    await user.selectOptions(screen.getByLabelText(/Средний балл/), '');
    expect(screen.getByText(ru('mapping.missingRequired', { field: 'Средний балл' }))).toBeTruthy();
    expect(isDisabled(applyButton())).toBe(true);
    await user.click(applyButton());
    expect(onApply).not.toHaveBeenCalled();
  });

  it('refuses one column chosen for two fields and explains on both', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByLabelText(/Качество знаний/), '1');
    const message = ru('mapping.duplicate', { column: 'B: Ср. балл', fields: 'Средний балл, Качество знаний' });
    expect(screen.getAllByText(message)).toHaveLength(2);
    expect(isDisabled(applyButton())).toBe(true);
  });

  it('an optional field may be left unset', async () => {
    const { onApply, user } = setup();
    await user.selectOptions(screen.getByLabelText(/Качество знаний/), '2');
    await user.selectOptions(screen.getByLabelText(/Качество знаний/), '');
    await user.selectOptions(screen.getByLabelText(/Школа/), '2');
    await user.click(applyButton());
    expect(onApply).toHaveBeenCalledWith('Результаты', { fields: { school: 2, average: 1, quality: null } });
  });

  it('speaks English when switched', () => {
    setup('en');
    expect(screen.getByLabelText(/Average score/)).toBeTruthy();
    expect(isDisabled(applyButton(en))).toBe(true);
  });

  it('shows a wide sheet’s subject blocks and its year and exam, and applies their corrections', async () => {
    const onApply = jest.fn();
    const wide: SheetReading = {
      ...reading(),
      fields: [{ id: 'school', label: { ru: 'Школа', en: 'School' }, required: true }],
      assignment: { school: 0 },
      columns: [
        { index: 0, letter: 'A', header: 'ОО' },
        { index: 4, letter: 'E', header: 'Русский язык › кол-во участников' },
        { index: 8, letter: 'I', header: 'Русский язык › средний балл' },
      ],
      sheetMeta: { year: 2023, family: 'ЕГЭ', families: ['ЕГЭ', 'ОГЭ', 'ВПР'] },
      subjects: [{ subject: 'Русский язык', columns: [{ column: 4, subject: 'Русский язык', field: 'participants' }, { column: 8, subject: 'Русский язык', field: 'average' }] }],
      measures: [
        { id: 'participants', label: { ru: 'Участников', en: 'Participants' }, required: false },
        { id: 'average', label: { ru: 'Средний балл', en: 'Average' }, required: false },
      ],
      subjectNames: ['Русский язык', 'Литература'],
    };
    renderPane(<MappingEditor reading={wide} onApply={onApply} />, 'ru');
    const user = userEvent.setup();
    expect(screen.getByText(/Участников → E, Средний балл → I/)).toBeTruthy();
    expect((screen.getByLabelText(ru('mapping.year')) as HTMLInputElement).value).toBe('2023');
    expect((screen.getByLabelText(ru('mapping.family')) as HTMLSelectElement).value).toBe('ЕГЭ');
    await user.selectOptions(screen.getByLabelText(ru('mapping.measureOf', { letter: 'I', header: 'Русский язык › средний балл' })), 'participants');
    expect(screen.getAllByText(ru('mapping.duplicateMeasure', { measure: 'Участников' })).length).toBeGreaterThan(0);
    expect(isDisabled(applyButton())).toBe(true);
    await user.selectOptions(screen.getByLabelText(ru('mapping.measureOf', { letter: 'I', header: 'Русский язык › средний балл' })), 'average');
    await user.selectOptions(screen.getByLabelText(ru('mapping.subject')), 'Литература');
    await user.clear(screen.getByLabelText(ru('mapping.year')));
    await user.type(screen.getByLabelText(ru('mapping.year')), '2022');
    await user.click(applyButton());
    expect(onApply).toHaveBeenCalledWith('Результаты', {
      fields: { school: 0 },
      year: 2022,
      family: 'ЕГЭ',
      subjects: [{ column: 4, subject: 'Литература', field: 'participants' }, { column: 8, subject: 'Литература', field: 'average' }],
    });
  });
});
