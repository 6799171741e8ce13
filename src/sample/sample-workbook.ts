import type { Grid } from '../grid/grid';
import { SAMPLE_YEARS } from './district';
import { createRandom } from './prng';
import { drawResults } from './results-model';
import { egeSheet } from './sheets/ege-sheet';
import { longResultsSheet } from './sheets/long-results-sheet';
import { monitoringSheet } from './sheets/monitoring-sheet';
import { olympiadsSheet } from './sheets/olympiads-sheet';
import { schoolsSheet } from './sheets/schools-sheet';
import { socialSheet } from './sheets/social-sheet';
import { teachersSheet } from './sheets/teachers-sheet';
import { territorySheet } from './sheets/territory-sheet';

export const DEFAULT_SAMPLE_SEED = 20240901;

/**
 * The bundled sample workbook «Энский муниципальный район» as grids, sheet by sheet.
 * Pure and deterministic: the same seed gives the same cells; every sheet draws from its own
 * stream so changing one sheet does not reshuffle the others.
 */
export const buildSampleGrids = (seed: number = DEFAULT_SAMPLE_SEED): Grid[] => {
  const stream = (n: number) => createRandom(seed * 31 + n);
  const results = drawResults(stream(1));
  return [
    schoolsSheet(),
    ...SAMPLE_YEARS.map((year) => egeSheet(year, results)),
    longResultsSheet('ОГЭ', results),
    longResultsSheet('ВПР', results),
    olympiadsSheet(stream(2)),
    socialSheet(stream(3)),
    territorySheet(),
    teachersSheet(stream(4), results),
    monitoringSheet(stream(5)),
  ];
};
