import type { RoadmapPair } from '../roadmap/types';
import { helpText, partnerTitle } from './help-text';
import type { PairingResult } from './types';

/** The pairs as the roadmap takes them (RoadmapInput.pairs): the partner named, the help written out. */
export const roadmapPairs = (result: PairingResult): RoadmapPair[] =>
  result.pairs.map((p) => ({ schoolKey: p.schoolKey, partner: partnerTitle(p), note: helpText(p) }));
