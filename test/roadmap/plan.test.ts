import { defaultCatalogue, SECTIONS } from '../../src/domain/roadmap/default-catalogue';
import { buildRoadmap, fillExpectedResult, RoadmapInputError } from '../../src/domain/roadmap/plan';
import type { Activity, Catalogue, RoadmapSchool } from '../../src/domain/roadmap/types';
import { FIXED_INPUT } from './fixture';

const school = (key: string, over: Partial<RoadmapSchool> = {}): RoadmapSchool => ({
  key, name: key, groups: ['ШНОР'], deficits: [], socialComponents: [], teachersAtRisk: 0, ...over,
});

const act = (id: string, over: Partial<Activity> = {}): Activity => ({
  id, section: 'А', text: id, timing: 'март', responsible: 'КО', expectedResult: '', scope: 'school',
  trigger: { kind: 'always' }, source: '', ...over,
});

const catalogue = (activities: Activity[], sections = ['А', 'Б']): Catalogue => ({ sections, activities, legend: [] });

describe('default catalogue', () => {
  const c = defaultCatalogue();
  it('has unique ids and only known sections', () => {
    expect(new Set(c.activities.map((a) => a.id)).size).toBe(c.activities.length);
    for (const a of c.activities) expect(c.sections).toContain(a.section);
  });
  it('fills every section from the documents, each activity citing a document by its title, never «семя»/«seed»', () => {
    for (const s of Object.values(SECTIONS)) expect(c.activities.some((a) => a.section === s)).toBe(true);
    const titles = ['Волховский район', 'Краснотуранского района', 'Грачевского муниципального округа', 'г. Лесосибирска', 'п. Николевский'];
    for (const a of c.activities) {
      expect(titles.some((t) => a.source.includes(t))).toBe(true);
      expect(a.source).not.toMatch(/семя|seed/i);
    }
    for (const t of titles) expect(c.activities.some((a) => a.source.includes(t))).toBe(true);
  });
  it('expands every abbreviation it uses in the legend', () => {
    const known = new Set(c.legend.map((l) => l.abbreviation));
    const used = new Set(c.activities.flatMap((a) => a.responsible.match(/\b[А-ЯЁ]{2,4}\b/g) ?? []));
    for (const abbr of used) expect(known).toContain(abbr);
  });
  it('covers the triggers the spec names', () => {
    const kinds = new Set(c.activities.map((a) => JSON.stringify(a.trigger)));
    for (const t of [
      { kind: 'group', group: 'ШНОР' }, { kind: 'group', group: 'ШНСУ' }, { kind: 'deficit', subject: 'математика' },
      { kind: 'deficit', subject: 'русский язык' }, { kind: 'social', component: 'deviant' },
      { kind: 'social', component: 'nonNativeRussian' }, { kind: 'teachersAtRisk' }, { kind: 'pair' },
    ]) expect(kinds).toContain(JSON.stringify(t));
  });
  it('is a fresh copy each time', () => {
    const a = defaultCatalogue();
    a.activities[0].text = 'изменено';
    expect(defaultCatalogue().activities[0].text).not.toBe('изменено');
  });
});

describe('fillExpectedResult', () => {
  const schools = [school('a', { teachersAtRisk: 2 }), school('b', { teachersAtRisk: 1 }), school('c')];
  it('fills the number of schools, per-school multiples and teachers at risk', () => {
    expect(fillExpectedResult('{N} ОО, не менее {N*5} человек, {N*0.5} договоров, {T} педагогов', schools)).toBe(
      '3 ОО, не менее 15 человек, 2 договоров, 3 педагогов',
    );
  });
  it('leaves text without placeholders alone', () => {
    expect(fillExpectedResult('Проведён 1 семинар', schools)).toBe('Проведён 1 семинар');
  });
});

describe('buildRoadmap', () => {
  it('rejects an unreadable school year with a Russian message', () => {
    expect(() => buildRoadmap({ schoolYear: '2025/2027', schools: [] }, defaultCatalogue())).toThrow(RoadmapInputError);
    expect(() => buildRoadmap({ schoolYear: 'x', schools: [] }, defaultCatalogue())).toThrow(/Учебный год/);
  });

  it('numbers items per section 1.1, 1.2… skipping empty sections', () => {
    const r = buildRoadmap({ schoolYear: '2025', schools: [school('s')] }, catalogue([
      act('b1', { section: 'Б' }), act('a1'), act('a2', { trigger: { kind: 'group', group: 'ШНСУ' } }), act('b2', { section: 'Б' }),
    ], ['А', 'Пусто', 'Б']));
    expect(r.sections.map((s) => [s.number, s.title, s.items.map((i) => `${i.number} ${i.key}`)])).toEqual([
      [1, 'А', ['1.1 a1']],
      [2, 'Б', ['2.1 b1', '2.2 b2']],
    ]);
  });

  it('keeps district activities for everybody even without identified schools, drops the rest', () => {
    const r = buildRoadmap({ schoolYear: '2025/2026', schools: [] }, catalogue([
      act('d', { scope: 'district' }), act('s'), act('dm', { scope: 'district', trigger: { kind: 'deficit' } }),
    ]));
    expect(r.sections.flatMap((s) => s.items.map((i) => i.key))).toEqual(['d']);
  });

  it('lists the schools a triggered activity applies to and fills its quantities', () => {
    const r = buildRoadmap(FIXED_INPUT, defaultCatalogue());
    const items = r.sections.flatMap((s) => s.items);
    const find = (id: string) => items.find((i) => i.key === id)!;
    expect(find('001-1.2-math').schools.map((s) => s.key)).toEqual(['берёзовская оош', 'нош 7']);
    expect(find('002-1.16').schools.map((s) => s.key)).toEqual(['сош 3']);
    expect(find('002-1.17').expectedResult).toContain('не менее 20');
    expect(find('004-7').expectedResult).toContain('(3)');
    expect(find('001-6.2').pairs).toHaveLength(1);
    expect(find('002-1.3').timingText).toBe('февраль 2026 – март 2026');
  });

  it('makes each identified school a plan of its own triggers and partners', () => {
    const r = buildRoadmap(FIXED_INPUT, defaultCatalogue());
    const plan = (key: string) => r.schoolPlans.find((p) => p.school.key === key)!;
    const ids = (key: string) => plan(key).items.map((i) => i.activity.id);
    expect(r.schoolPlans).toHaveLength(FIXED_INPUT.schools.length);
    expect(ids('лесная сош')).toContain('social-nonNative');
    expect(ids('лесная сош')).toContain('001-2.16');
    expect(ids('лесная сош')).not.toContain('001-1.2-math');
    expect(ids('берёзовская оош')).toContain('001-1.2-math');
    expect(ids('берёзовская оош')).toContain('004-7');
    expect(ids('берёзовская оош')).not.toContain('000-3.1'); // district-wide, not the school's own
    expect(plan('берёзовская оош').partners.map((p) => p.partner)).toEqual(['МБОУ «Гимназия № 1»']);
    expect(plan('сош 3').partners).toEqual([]);
    expect(plan('нош 7').items.map((i) => i.number)).toEqual(plan('нош 7').items.map((_, i) => String(i + 1)));
    expect(plan('нош 7').items.every((i) => i.key.startsWith('нош 7::'))).toBe(true);
  });

  it('gives duplicated catalogue ids distinct keys', () => {
    const r = buildRoadmap({ schoolYear: '2025', schools: [school('s')] }, catalogue([act('x'), act('x')]));
    expect(r.sections[0].items.map((i) => i.key)).toEqual(['x', 'x~2']);
  });

  it('adds pairs without any other change to the plan', () => {
    const withoutPairs = buildRoadmap({ ...FIXED_INPUT, pairs: undefined }, defaultCatalogue());
    const withPairs = buildRoadmap(FIXED_INPUT, defaultCatalogue());
    const keys = (r: typeof withPairs) => r.sections.flatMap((s) => s.items.map((i) => i.key));
    expect(keys(withPairs).filter((k) => !keys(withoutPairs).includes(k)).sort()).toEqual(['000-2.5', '001-6.2']);
  });
});
