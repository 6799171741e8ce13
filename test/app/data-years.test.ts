import { measuredYears } from '../../src/app/data-years';
import { emptyDataset, type Dataset } from '../../src/domain/records';

type Row<K extends keyof Dataset> = Dataset[K][number];

/** A dataset of rows carrying only the fields the question looks at. */
const dataset = (parts: { [K in 'results' | 'olympiads' | 'social' | 'teachers']?: Partial<Row<K>>[] }): Dataset =>
  ({ ...emptyDataset(), ...parts }) as unknown as Dataset;

describe('the years with a measured value', () => {
  it('counts a year once any of its result rows has a value, and not a year of names only', () => {
    const names = Array.from({ length: 5 }, () => ({ year: 2022, participants: null, average: undefined }));
    const results = [...names, { year: 2023, average: null }, { year: 2023, belowMinimumShare: 0 }, { year: 2024, qualityShare: null }];
    expect(measuredYears(dataset({ results }))).toEqual([2023]);
  });

  it('takes olympiads by their year, social rows with a share, teachers with a result; sorted', () => {
    const years = measuredYears(
      dataset({
        olympiads: [{ year: 2025 }],
        social: [{ year: 2021, lowIncome: undefined }, { year: 2020, disabilities: 3 }],
        teachers: [{ year: 2019, continuedToGrade10Share: 0.5 }, { year: 2018, average: null }],
        results: [{ year: 2025, participants: 1 }],
      }),
    );
    expect(years).toEqual([2019, 2020, 2025]);
  });
});
