import { emptyDataset, type Dataset, type Family, type ResultRecord, type School, type SourceRef } from '../../src/domain/records';
import { makeSettings, type Settings } from '../../src/domain/settings';

/** Hand-made datasets for domain tests. */

let row = 1;
export const src = (sheet = 'Результаты'): SourceRef => ({ sheet, row: ++row });

export const school = (key: string, extra: Partial<School> = {}): School => ({ key, name: `Школа ${key}`, ...extra });

export const result = (
  schoolKey: string,
  year: number,
  family: Family,
  average: number | null,
  extra: Partial<ResultRecord> = {},
): ResultRecord => ({
  schoolKey,
  schoolName: `Школа ${schoolKey}`,
  year,
  family,
  subject: 'Русский язык',
  participants: 10,
  average,
  maxScore: 100,
  source: src(),
  ...extra,
});

export const dataset = (parts: Partial<Dataset>): Dataset => ({ ...emptyDataset(), ...parts });

/** Settings with only the listed criteria enabled. */
export const only = (codes: string[], extra: Record<string, unknown> = {}): Settings =>
  makeSettings({
    criteria: { R1: codes.includes('R1'), R2: codes.includes('R2'), R3: codes.includes('R3'), S1: codes.includes('S1'), S2: codes.includes('S2'), S3: codes.includes('S3') },
    ...extra,
  });

/** The regional record of one subject (trusted), for fixing the regional average in a test. */
export const regional = (year: number, family: Family, average: number, extra: Record<string, unknown> = {}) => ({
  year,
  family,
  subject: 'Русский язык',
  participants: 1000,
  average,
  maxScore: 100,
  source: src('Результаты'),
  ...extra,
});
