/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createTranslator } from '../../src/i18n';
import type { FlaggedSchool } from '../../src/taskpane/model';
import { FLAGGED_PAGE, FlaggedTable } from '../../src/taskpane/steps/FlaggedTable';
import { renderPane } from './render';

const ru = createTranslator('ru');

const schools = (n: number, prefix = 'Школа'): FlaggedSchool[] =>
  Array.from({ length: n }, (_, i) => ({ key: `${prefix}-${i}`, name: `${prefix} №${i + 1}`, groups: ['ШНОР'], reasons: 'R1', codes: ['R1'] }));

const dataRows = () => within(screen.getByRole('table', { name: ru('identify.result') })).getAllByRole('row').length - 1;
const moreLink = () => screen.queryByRole('button', { name: /^Ещё/ });

describe('FlaggedTable', () => {
  it('shows every school when they fit on one page', () => {
    renderPane(<FlaggedTable flagged={schools(FLAGGED_PAGE)} legend={[]} />);
    expect(dataRows()).toBe(FLAGGED_PAGE);
    expect(moreLink()).toBeNull();
  });

  it('shows a page of a long list and adds a page per click until all are shown', async () => {
    const total = FLAGGED_PAGE * 2 + 7;
    renderPane(<FlaggedTable flagged={schools(total)} legend={[]} />);
    expect(dataRows()).toBe(FLAGGED_PAGE);
    expect(screen.getByText(ru('identify.shownOf', { shown: FLAGGED_PAGE, total }), { exact: false })).toBeTruthy();
    await userEvent.click(moreLink()!);
    expect(dataRows()).toBe(FLAGGED_PAGE * 2);
    expect(moreLink()!.textContent).toBe(ru('problems.more', { count: 7 }));
    await userEvent.click(moreLink()!);
    expect(dataRows()).toBe(total);
    expect(screen.getByText(`Школа №${total}`)).toBeTruthy();
    expect(moreLink()).toBeNull();
  });

  it('starts again at the first page for a new run', async () => {
    const runs = [schools(FLAGGED_PAGE * 3), schools(FLAGGED_PAGE * 3, 'Другая')];
    const Rerun = () => {
      const [run, setRun] = useState(0);
      return (
        <>
          <button onClick={() => setRun(1)}>rerun</button>
          <FlaggedTable flagged={runs[run]} legend={[]} />
        </>
      );
    };
    renderPane(<Rerun />);
    await userEvent.click(moreLink()!);
    expect(dataRows()).toBe(FLAGGED_PAGE * 2);
    await userEvent.click(screen.getByRole('button', { name: 'rerun' }));
    expect(screen.getByText('Другая №1')).toBeTruthy();
    expect(dataRows()).toBe(FLAGGED_PAGE);
  });
});
