import { functionsSection } from './functions';
import { identifySection } from './identify';
import { officeSection } from './office';
import { pairingSection } from './pairing';
import { roadmapSection } from './roadmap';
import type { BenchSection } from './section';
import { targetsSection } from './targets';
import { taskpaneSection } from './taskpane';
import { xlsxReadSection } from './xlsx-read';
import { cliSaveSection, cliSection } from './cli';
import { browserSection } from './browser';

/** Every benchmark section, in print order. Add yours here (one file per section). */
export const SECTIONS: BenchSection[] = [xlsxReadSection, cliSection, cliSaveSection, identifySection, functionsSection, officeSection, roadmapSection, pairingSection, targetsSection, taskpaneSection, browserSection];
