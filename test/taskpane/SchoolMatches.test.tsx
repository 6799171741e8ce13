/** @jest-environment jsdom */
import './dom-shims';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTranslator } from '../../src/i18n';
import { SchoolMatches } from '../../src/taskpane/steps/SchoolMatches';
import type { MatchChoice } from '../../src/taskpane/model';
import { reading } from './fake-services';
import { renderPane } from './render';

const ru = createTranslator('ru');

describe('«Сопоставление школ» in the Данные step', () => {
  const setup = (matches = reading.matches) => {
    const choices: MatchChoice[] = [];
    renderPane(<SchoolMatches matches={matches} unjoined={reading.unjoined} disabled={false} onDecide={(c) => choices.push(c)} />);
    return choices;
  };
  const openList = async () => userEvent.click(screen.getByRole('button', { name: /Сопоставление школ/ }));

  it('lists each match with both spellings, the rule and the confidence', async () => {
    setup();
    await openList();
    const list = screen.getByTestId('school-matches');
    expect(within(list).getByText('Бабаевский район | МБОУ СОШ №1')).toBeTruthy();
    expect(within(list).getByText(/≈ Бабаевский муниципальный округ/)).toBeTruthy();
    expect(within(list).getByText(/уверенность 90%/)).toBeTruthy();
  });

  it('confirm and split send the decision for the pair', async () => {
    const choices = setup();
    await openList();
    await userEvent.click(screen.getByRole('button', { name: ru('matches.doSplit') }));
    await userEvent.click(screen.getByRole('button', { name: ru('matches.confirm') }));
    const { a, b } = reading.matches[0];
    expect(choices).toEqual([
      { a: a.id, b: b.id, action: 'split' },
      { a: a.id, b: b.id, action: 'confirm' },
    ]);
  });

  it('a decided pair shows its decision and can be undone', async () => {
    const choices = setup([{ ...reading.matches[0], decision: 'split' }]);
    await openList();
    expect(screen.getByText(ru('matches.split'))).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: ru('matches.undo') }));
    expect(choices).toEqual([{ a: reading.matches[0].a.id, b: reading.matches[0].b.id, action: null }]);
  });

  it('a school that did not join shows the reason and merges with the registry school chosen', async () => {
    const choices = setup();
    await openList();
    const list = screen.getByTestId('school-unjoined');
    expect(within(list).getByText(/нескольких муниципалитетах/)).toBeTruthy();
    const merge = within(list).getByRole('button', { name: ru('matches.merge') });
    await userEvent.click(within(list).getByRole('combobox'));
    await userEvent.click(screen.getByRole('option', { name: reading.unjoined[0].candidates[0].label }));
    await userEvent.click(merge);
    expect(choices).toEqual([{ a: reading.unjoined[0].spelling.id, b: reading.unjoined[0].candidates[0].id, action: 'merge' }]);
  });
});
