import { DEFAULT_SUBJECTS, detectSheetMapping, findSubject, resolveScale } from '../../src/tables';
import type { Family } from '../../src/domain/records';

/**
 * The subject catalogue against the official subject lists of 2019–2025 as they are written in the
 * Рособрнадзор / ФИПИ schedules and regional reports (typed here from those documents, not from the catalogue).
 */
const LANGUAGES = ['английский', 'немецкий', 'французский', 'испанский', 'китайский'];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

const EGE = [
  'Русский язык', 'Математика (базовый уровень)', 'Математика (профильный уровень)', 'Математика базовая', 'Математика профильная', 'Физика', 'Химия',
  'Информатика и ИКТ', 'Информатика и ИКТ (КЕГЭ)', 'Информатика (КЕГЭ)', 'Биология', 'История', 'География', 'Обществознание', 'Литература',
  ...LANGUAGES.flatMap((l) => [`${cap(l)} язык (письменная часть)`, `${cap(l)} язык (устная часть)`, `${cap(l)} язык (устный)`, `${cap(l)} язык`]),
];
const OGE = ['Русский язык', 'Математика', 'Физика', 'Химия', 'Биология', 'География', 'История', 'Обществознание', 'Литература', 'Информатика', 'Информатика и ИКТ', ...LANGUAGES.map((l) => `Иностранный язык (${l})`)];
const VPR: [string, number][] = [
  ['Русский язык', 4], ['Математика', 4], ['Окружающий мир', 4],
  ['Русский язык', 5], ['Математика', 5], ['История', 5], ['Биология', 5],
  ['География', 6], ['Обществознание', 6], ['Физика', 7], ['Иностранный язык (английский)', 7], ['Иностранный язык (немецкий)', 7], ['Иностранный язык (французский)', 7], ['Химия', 8],
  ['История', 11], ['Биология', 11], ['География', 11], ['Физика', 11], ['Химия', 11], ['Иностранный язык (английский)', 11],
];

const scaleOf = (name: string, family: Family, grade?: number) => {
  const subject = findSubject(name);
  return subject === null ? null : resolveScale(subject, family, grade, [], DEFAULT_SUBJECTS);
};

describe('official subject names', () => {
  it.each(EGE)('ЕГЭ «%s» is a catalogue subject with a maximum', (name) => expect(scaleOf(name, 'ЕГЭ')?.max).toBeGreaterThan(0));
  it.each(OGE)('ОГЭ «%s» is a catalogue subject with a maximum', (name) => expect(scaleOf(name, 'ОГЭ')?.max).toBeGreaterThan(0));
  it.each(VPR)('ВПР «%s», %i класс, is a catalogue subject with a maximum', (name, grade) => expect(scaleOf(name, 'ВПР', grade)?.max).toBeGreaterThan(0));

  it('«Иностранный язык (английский)» is English, not the generic «Иностранные языки»', () => {
    for (const l of LANGUAGES) expect(findSubject(`Иностранный язык (${l})`)).toBe(findSubject(`${cap(l)} язык`));
  });

  it('basic and profile mathematics are two subjects, базовая on the 5-point scale', () => {
    expect(findSubject('Математика (базовый уровень)')).not.toBe(findSubject('Математика (профильный уровень)'));
    expect(scaleOf('Математика (базовый уровень)', 'ЕГЭ')?.max).toBe(5);
  });

  it('the ЕГЭ oral part of each language is a subject of its own, whatever it is called', () => {
    for (const l of LANGUAGES) {
      const written = findSubject(`${cap(l)} язык (письменная часть)`);
      expect(written).toBe(findSubject(`${cap(l)} язык`));
      const oral = [`${cap(l)} язык (устная часть)`, `${cap(l)} язык (устный)`, `Иностранный язык (${l}) устная часть`].map((t) => findSubject(t));
      expect(new Set(oral).size).toBe(1);
      expect(oral[0]).not.toBe(written);
    }
  });

  it('a wide ЕГЭ header with written and oral columns maps both, without a duplicate-header problem', () => {
    const grid = {
      sheet: 'ЕГЭ 2024',
      values: [
        ['Школа', 'Английский язык (письменная часть)', null, 'Английский язык (устная часть)', null],
        [null, 'Участников', 'Средний балл', 'Участников', 'Средний балл'],
        ['СОШ №1', 10, 61.5, 10, 70.2],
      ],
      merges: [{ top: 0, left: 1, bottom: 0, right: 2 }, { top: 0, left: 3, bottom: 0, right: 4 }, { top: 0, left: 0, bottom: 1, right: 0 }],
    };
    const { mapping, problems } = detectSheetMapping(grid);
    expect(problems.filter((p) => p.code === 'duplicate-header')).toEqual([]);
    expect(new Set(mapping.columns.filter((c) => c.subject).map((c) => c.subject)).size).toBe(2);
  });
});
