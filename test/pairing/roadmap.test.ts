import { pairFromWorkbook } from '../../src/app/pairing';
import { buildRoadmapFromWorkbook } from '../../src/app/roadmap';
import { districtBook } from './district';

describe('the pairs feed the roadmap', () => {
  test('without a pairing sheet the roadmap has no partners; after «Партнёры» every paired school’s plan names its partners', async () => {
    const port = await districtBook();
    const before = await buildRoadmapFromWorkbook(port, { schoolYear: '2024/2025' });
    expect(before.roadmap.schoolPlans.every((p) => p.partners.length === 0)).toBe(true);

    const pairing = await pairFromWorkbook(port);
    const after = await buildRoadmapFromWorkbook(port, { schoolYear: '2024/2025' });
    for (const pair of pairing.result.pairs) {
      const plan = after.roadmap.schoolPlans.find((p) => p.school.key === pair.schoolKey)!;
      expect(plan.partners.map((p) => p.partner)).toContain(pair.partnerName);
      // The pair activities (agreement, joint events) are in the school's own plan, partner named.
      expect(plan.items.some((i) => i.activity.trigger.kind === 'pair' && i.pairs.some((p) => p.partner === pair.partnerName))).toBe(true);
    }
    const planSheet = after.specs.find((s) => s.kind !== 'roadmap' && s.rows.some((r) => r.some((c) => typeof c === 'string' && c.includes(pairing.result.pairs[0].partnerName))));
    expect(planSheet).toBeDefined();
  });
});
