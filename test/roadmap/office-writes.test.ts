import { scaledRoadmapInput } from '../../scripts/bench/roadmap';
import { defaultCatalogue } from '../../src/domain/roadmap/default-catalogue';
import { buildRoadmap } from '../../src/domain/roadmap/plan';
import { measureOfficeWrites } from '../../src/hosts/excel/testing/measure-office';
import { buildSchoolPlansSheet } from '../../src/sheets/roadmap-school-plans-sheet';
import { buildRoadmapSheet } from '../../src/sheets/roadmap-sheet';
import { buildTimelineSheet } from '../../src/sheets/roadmap-timeline-sheet';

const FOUR_MB = 4 * 1024 * 1024;

describe('roadmap of 2,000 identified schools written through the Office.js double', () => {
  const roadmap = buildRoadmap(scaledRoadmapInput(2000), defaultCatalogue());
  const specs = [buildRoadmapSheet(roadmap), buildSchoolPlansSheet(roadmap), buildTimelineSheet(roadmap)];

  it.each(specs.map((s) => [s.name, s] as const))('«%s»: at most 4 syncs plus one per extra data chunk, no request over 4 MB', async (_name, spec) => {
    const cost = await measureOfficeWrites(spec);
    // A sync carrying over 1 MB is a data chunk; beyond those, the write must take at most 4 syncs.
    const extraChunks = cost.write.payloads.filter((bytes) => bytes > 1024 * 1024).length;
    expect(cost.write.syncs).toBeGreaterThan(0);
    expect(cost.write.syncs).toBeLessThanOrEqual(4 + extraChunks);
    expect(cost.write.largestPayloadBytes).toBeLessThanOrEqual(FOUR_MB);
    expect(cost.read.largestPayloadBytes).toBeLessThanOrEqual(FOUR_MB);
  });
});
