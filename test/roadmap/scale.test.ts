import { scaledRoadmapInput } from '../../scripts/bench/roadmap';
import { defaultCatalogue } from '../../src/domain/roadmap/default-catalogue';
import { buildRoadmap } from '../../src/domain/roadmap/plan';
import { MAX_SCHOOLS_IN_CELL, buildRoadmapSheet } from '../../src/sheets/roadmap-sheet';
import { buildSchoolPlansSheet } from '../../src/sheets/roadmap-school-plans-sheet';

describe('a roadmap for 2,000 identified schools (the benchmark input)', () => {
  const input = scaledRoadmapInput(2000);
  const roadmap = buildRoadmap(input, defaultCatalogue());

  it('gives every school its own plan section with unique row keys', () => {
    const plans = buildSchoolPlansSheet(roadmap);
    expect(roadmap.schoolPlans).toHaveLength(2000);
    expect(new Set(plans.rowKeys).size).toBe(plans.rows.length);
    expect((plans.rowStyles ?? []).filter((s) => s.style === 'section')).toHaveLength(2000);
  });

  it('keeps the district sheet short: school lists are capped, cells stay far below Excel’s 32,767 characters', () => {
    const sheet = buildRoadmapSheet(roadmap);
    const longest = Math.max(...sheet.rows.flat().map((v) => String(v ?? '').length));
    expect(longest).toBeLessThan(32767);
    expect(sheet.rows.length).toBe(roadmap.sections.length + roadmap.sections.reduce((n, s) => n + s.items.length, 0));
    expect(MAX_SCHOOLS_IN_CELL).toBeLessThan(input.schools.length);
  });
});
