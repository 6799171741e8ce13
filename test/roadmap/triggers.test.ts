import { formatTrigger, parseTrigger, triggerMatches } from '../../src/domain/roadmap/triggers';
import type { RoadmapSchool, Trigger } from '../../src/domain/roadmap/types';

const school = (over: Partial<RoadmapSchool> = {}): RoadmapSchool => ({
  key: 'k', name: 'Школа', groups: [], deficits: [], socialComponents: [], teachersAtRisk: 0, ...over,
});

const NONE: ReadonlySet<string> = new Set();

const ALL: Trigger[] = [
  { kind: 'always' },
  { kind: 'group', group: 'ШНОР' },
  { kind: 'group', group: 'ШНСУ' },
  { kind: 'deficit' },
  { kind: 'deficit', subject: 'математика' },
  { kind: 'deficit', subject: 'русский язык', band: '10–11' },
  { kind: 'deficit', band: '1–4' },
  { kind: 'social', component: 'deviant' },
  { kind: 'social', component: 'nonNativeRussian' },
  { kind: 'teachersAtRisk' },
  { kind: 'pair' },
];

describe('trigger texts', () => {
  it.each(ALL.map((t) => [formatTrigger(t), t]))('«%s» reads back as the same trigger', (text, trigger) => {
    expect(parseTrigger(text as string)).toEqual(trigger);
  });
  it('accepts the seeds’ other spellings, case and hyphens', () => {
    expect(parseTrigger('ШНРО')).toEqual({ kind: 'group', group: 'ШНОР' });
    expect(parseTrigger('шфнсу')).toEqual({ kind: 'group', group: 'ШНСУ' });
    expect(parseTrigger('Дефицит: Математика 5-9')).toEqual({ kind: 'deficit', subject: 'математика', band: '5–9' });
    expect(parseTrigger('')).toEqual({ kind: 'always' });
  });
  it.each(['иногда', 'дефицит: математика 3–7', 'социальный: плохая погода'])('rejects «%s»', (t) => {
    expect(parseTrigger(t)).toBeNull();
  });
});

describe('triggerMatches', () => {
  it('matches a subject deficit by stem, any band', () => {
    const s = school({ deficits: [{ subject: 'Математика базовая', band: '10–11' }] });
    expect(triggerMatches({ kind: 'deficit', subject: 'математика' }, s, NONE)).toBe(true);
    expect(triggerMatches({ kind: 'deficit', subject: 'русский язык' }, s, NONE)).toBe(false);
    expect(triggerMatches({ kind: 'deficit', subject: 'математика', band: '5–9' }, s, NONE)).toBe(false);
    expect(triggerMatches({ kind: 'deficit' }, school(), NONE)).toBe(false);
  });
  it('needs at least one teacher at risk', () => {
    expect(triggerMatches({ kind: 'teachersAtRisk' }, school({ teachersAtRisk: 0 }), NONE)).toBe(false);
    expect(triggerMatches({ kind: 'teachersAtRisk' }, school({ teachersAtRisk: 1 }), NONE)).toBe(true);
  });
  it('matches groups, social components and pairs of the school only', () => {
    const s = school({ groups: ['ШНСУ'], socialComponents: ['deviant'] });
    expect(triggerMatches({ kind: 'group', group: 'ШНСУ' }, s, NONE)).toBe(true);
    expect(triggerMatches({ kind: 'group', group: 'ШНОР' }, s, NONE)).toBe(false);
    expect(triggerMatches({ kind: 'social', component: 'deviant' }, s, NONE)).toBe(true);
    expect(triggerMatches({ kind: 'social', component: 'nonNativeRussian' }, s, NONE)).toBe(false);
    expect(triggerMatches({ kind: 'pair' }, s, new Set(['other']))).toBe(false);
    expect(triggerMatches({ kind: 'pair' }, s, new Set(['k']))).toBe(true);
  });
});
