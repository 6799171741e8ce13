/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTranslator } from '../../src/i18n';
import type { SettingDescriptor, SettingValues } from '../../src/taskpane/model';
import { SettingsForm } from '../../src/taskpane/steps/SettingsForm';
import { renderPane } from './render';
import { same } from '../../src/i18n/bilingual';

const ru = createTranslator('ru');

const descriptors: SettingDescriptor[] = [
  { id: 'r1', group: 'criteria', label: same('R1 нижний квартиль'), kind: 'boolean' },
  { id: 'gap', group: 'thresholds', label: same('Разрыв с регионом, %'), kind: 'number', min: 0, max: 100 },
  { id: 'wDeviant', group: 'weights', label: same('Вес: на учёте'), kind: 'number', min: -5, max: 5 },
];
const defaults: SettingValues = { r1: true, gap: 20, wDeviant: -1 };

const setup = (values: SettingValues = defaults) => {
  const onChange = jest.fn();
  renderPane(<SettingsForm descriptors={descriptors} values={values} defaults={defaults} onChange={onChange} />);
  return { onChange, user: userEvent.setup() };
};

const type = (label: RegExp, text: string) => fireEvent.change(screen.getByLabelText(label), { target: { value: text } });
const lastCall = (fn: jest.Mock) => fn.mock.calls[fn.mock.calls.length - 1];

describe('SettingsForm', () => {
  it('groups criteria, thresholds and weights and shows each default', () => {
    setup();
    expect(screen.getByRole('group', { name: ru('settings.criteria') })).toBeTruthy();
    expect(screen.getByRole('group', { name: ru('settings.thresholds') })).toBeTruthy();
    expect(screen.getByRole('group', { name: ru('settings.weights') })).toBeTruthy();
    expect(screen.getByText(ru('settings.default', { value: '20' }))).toBeTruthy();
  });

  it('accepts a Russian decimal comma', () => {
    const { onChange } = setup();
    type(/Разрыв с регионом/, '12,5');
    expect(lastCall(onChange)).toEqual([{ ...defaults, gap: 12.5 }, true]);
  });

  it('accepts the exact bounds and refuses one step outside', () => {
    const { onChange } = setup();
    type(/Разрыв с регионом/, '100');
    expect(lastCall(onChange)).toEqual([{ ...defaults, gap: 100 }, true]);
    type(/Разрыв с регионом/, '0');
    expect(lastCall(onChange)).toEqual([{ ...defaults, gap: 0 }, true]);
    type(/Разрыв с регионом/, '100,1');
    expect(lastCall(onChange)).toEqual([defaults, false]);
    expect(screen.getByText(ru('settings.outOfRange', { min: '0', max: '100' }))).toBeTruthy();
    type(/Разрыв с регионом/, '-0,1');
    expect(lastCall(onChange)).toEqual([defaults, false]);
  });

  it('refuses text that is not a number and explains', () => {
    const { onChange } = setup();
    type(/Вес: на учёте/, 'много');
    expect(lastCall(onChange)).toEqual([defaults, false]);
    expect(screen.getByText(ru('settings.invalidNumber'))).toBeTruthy();
    type(/Вес: на учёте/, '');
    expect(lastCall(onChange)[1]).toBe(false);
  });

  it('becomes valid again once the bad field is corrected', () => {
    const { onChange } = setup();
    type(/Вес: на учёте/, '1..2');
    expect(lastCall(onChange)[1]).toBe(false);
    type(/Вес: на учёте/, '-2');
    expect(lastCall(onChange)).toEqual([{ ...defaults, wDeviant: -2 }, true]);
    expect(screen.queryByText(ru('settings.invalidNumber'))).toBeNull();
  });

  it('switches a criterion off', async () => {
    const { onChange, user } = setup();
    await user.click(screen.getByRole('switch', { name: 'R1 нижний квартиль' }));
    expect(lastCall(onChange)).toEqual([{ ...defaults, r1: false }, true]);
  });

  it('restores the defaults', async () => {
    const { onChange, user } = setup({ r1: false, gap: 35, wDeviant: 2 });
    await user.click(screen.getByRole('button', { name: ru('settings.reset') }));
    expect(lastCall(onChange)).toEqual([defaults, true]);
  });
});
