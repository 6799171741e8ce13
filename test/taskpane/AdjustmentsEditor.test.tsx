/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTranslator } from '../../src/i18n';
import type { Adjustment } from '../../src/taskpane/model';
import { AdjustmentsEditor } from '../../src/taskpane/steps/AdjustmentsEditor';
import { renderPane } from './render';

const ru = createTranslator('ru');
const schools = [
  { key: 'k1', name: 'МБОУ СОШ № 1' },
  { key: 'k2', name: 'МБОУ СОШ № 2' },
];

const setup = (adjustments: Adjustment[] = []) => {
  const onChange = jest.fn();
  renderPane(<AdjustmentsEditor schools={schools} groups={['ШНОР', 'ШНСУ']} adjustments={adjustments} onChange={onChange} />);
  return { onChange, user: userEvent.setup() };
};

const add = () => screen.getByRole('button', { name: ru('adjust.add') });

describe('AdjustmentsEditor', () => {
  it('refuses a decision without a school or a reason and says why', async () => {
    const { onChange, user } = setup();
    await user.click(add());
    expect(screen.getByText(ru('adjust.schoolRequired'))).toBeTruthy();
    expect(screen.getByText(ru('adjust.reasonRequired'))).toBeTruthy();
    await user.selectOptions(screen.getByLabelText(ru('adjust.school')), 'k2');
    await user.type(screen.getByLabelText(new RegExp(ru('adjust.reason'))), '   ');
    await user.click(add());
    expect(screen.getByText(ru('adjust.reasonRequired'))).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('adds an exclusion with its reason', async () => {
    const { onChange, user } = setup();
    await user.selectOptions(screen.getByLabelText(ru('adjust.school')), 'k2');
    await user.selectOptions(screen.getByLabelText(ru('adjust.action')), 'exclude');
    await user.selectOptions(screen.getByLabelText(ru('adjust.group')), 'ШНСУ');
    await user.type(screen.getByLabelText(new RegExp(ru('adjust.reason'))), ' школа закрыта на ремонт ');
    await user.click(add());
    expect(onChange).toHaveBeenCalledWith([
      { school: 'k2', schoolName: 'МБОУ СОШ № 2', action: 'exclude', group: 'ШНСУ', reason: 'школа закрыта на ремонт' },
    ]);
  });

  it('replaces the earlier decision for the same school and group, and removes one', async () => {
    const existing: Adjustment = { school: 'k1', schoolName: 'МБОУ СОШ № 1', action: 'include', group: 'ШНОР', reason: 'было' };
    const { onChange, user } = setup([existing]);
    await user.selectOptions(screen.getByLabelText(ru('adjust.school')), 'k1');
    await user.selectOptions(screen.getByLabelText(ru('adjust.action')), 'exclude');
    await user.type(screen.getByLabelText(new RegExp(ru('adjust.reason'))), 'стало');
    await user.click(add());
    expect(onChange).toHaveBeenLastCalledWith([{ ...existing, action: 'exclude', reason: 'стало' }]);
    await user.click(screen.getByRole('button', { name: ru('adjust.remove', { school: 'МБОУ СОШ № 1' }) }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});
