import type { GradeBand, ProgrammeGroup, RoadmapSchool, SocialComponent, Trigger } from './types';
import type { Bilingual } from '../../i18n/bilingual';

/** Russian wording of social components in the catalogue sheet (and English for the en variant). */
export const SOCIAL_COMPONENT_LABELS: Record<SocialComponent, Bilingual> = {
  deviant: { ru: 'девиантное поведение', en: 'deviant behaviour' },
  nonNativeRussian: { ru: 'неродной русский язык', en: 'Russian not native' },
  singleParent: { ru: 'неполные семьи', en: 'single-parent families' },
  unemployedParents: { ru: 'безработные родители', en: 'unemployed parents' },
  lowIncome: { ru: 'малоимущие семьи', en: 'low-income families' },
  disabilities: { ru: 'дети с ОВЗ', en: 'children with disabilities' },
};

const GROUPS: ProgrammeGroup[] = ['ШНОР', 'ШНСУ'];
const BANDS: GradeBand[] = ['1–4', '5–9', '10–11'];

const DEFICIT_RU = 'дефицит';
const SOCIAL_RU = 'социальный';
const ALWAYS_RU = 'всегда';
const TEACHERS_RU = 'педагоги группы риска';
const PAIR_RU = 'партнёрство';

/** The catalogue sheet's text of a trigger: «всегда», «ШНОР», «дефицит: математика 5–9»… */
export const formatTrigger = (trigger: Trigger): string => {
  switch (trigger.kind) {
    case 'always':
      return ALWAYS_RU;
    case 'group':
      return trigger.group;
    case 'deficit': {
      const what = [trigger.subject ?? 'любой предмет', trigger.band].filter(Boolean).join(' ');
      return `${DEFICIT_RU}: ${what}`;
    }
    case 'social':
      return `${SOCIAL_RU}: ${SOCIAL_COMPONENT_LABELS[trigger.component].ru}`;
    case 'teachersAtRisk':
      return TEACHERS_RU;
    case 'pair':
      return PAIR_RU;
  }
};

const normalise = (text: string): string => text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** Inverse of formatTrigger, tolerant of case, «ё» and hyphens in bands. Null when unknown. */
export const parseTrigger = (text: string): Trigger | null => {
  const t = normalise(text);
  if (t === '' || t === ALWAYS_RU) return { kind: 'always' };
  const group = GROUPS.find((g) => normalise(g) === t || (g === 'ШНОР' && (t === 'шнро' || t === 'шпро')) || (g === 'ШНСУ' && (t === 'шфнсу' || t === 'нсу')));
  if (group) return { kind: 'group', group };
  if (t === normalise(TEACHERS_RU)) return { kind: 'teachersAtRisk' };
  if (t === normalise(PAIR_RU)) return { kind: 'pair' };
  const [head, ...rest] = t.split(':');
  const tail = rest.join(':').trim();
  if (head.trim() === SOCIAL_RU) {
    const found = (Object.keys(SOCIAL_COMPONENT_LABELS) as SocialComponent[]).find(
      (c) => normalise(SOCIAL_COMPONENT_LABELS[c].ru) === tail,
    );
    return found ? { kind: 'social', component: found } : null;
  }
  if (head.trim() === DEFICIT_RU) {
    const bandMatch = /(\d{1,2})\s*[-–—]\s*(\d{1,2})\s*$/.exec(tail);
    const band = bandMatch ? BANDS.find((b) => b === `${Number(bandMatch[1])}–${Number(bandMatch[2])}`) : undefined;
    if (bandMatch && !band) return null;
    const subject = (bandMatch ? tail.slice(0, bandMatch.index) : tail).trim();
    const any = subject === '' || subject === 'любой предмет' || subject === 'любой';
    return { kind: 'deficit', ...(any ? {} : { subject }), ...(band ? { band } : {}) };
  }
  return null;
};

/** Subject match by stem: «математика» matches «Математика базовая» and «математика (профиль)». */
const subjectMatches = (wanted: string, subject: string): boolean => {
  const stem = normalise(wanted).slice(0, Math.max(5, normalise(wanted).length - 2));
  return normalise(subject).includes(stem);
};

/** pairedSchools: keys of the schools that have partners (the pairing sheet). */
export const triggerMatches = (trigger: Trigger, school: RoadmapSchool, pairedSchools: ReadonlySet<string>): boolean => {
  switch (trigger.kind) {
    case 'always':
      return true;
    case 'group':
      return school.groups.includes(trigger.group);
    case 'deficit':
      return school.deficits.some(
        (d) =>
          (trigger.subject === undefined || subjectMatches(trigger.subject, d.subject)) &&
          (trigger.band === undefined || d.band === trigger.band),
      );
    case 'social':
      return school.socialComponents.includes(trigger.component);
    case 'teachersAtRisk':
      return school.teachersAtRisk > 0;
    case 'pair':
      return pairedSchools.has(school.key);
  }
};
