import { readWorkbook, resolveIdentities, type MatchDecision, type Mention } from '../../src/tables';

/** The ordered identity rules, each at its boundary: what it joins and what it must leave apart. */

let row = 1;
const m = (name: string, municipality: string | undefined, sheet = 'ЕГЭ 2024', year: number | undefined = 2024, extra: Partial<Mention> = {}): Mention => ({
  name,
  ...(municipality ? { municipality } : {}),
  source: { sheet, row: row++ },
  column: 'B',
  ...(year !== undefined ? { year } : {}),
  registry: false,
  ...extra,
});

const resolve = (mentions: Mention[], decisions: MatchDecision[] = []) => {
  const r = resolveIdentities(mentions, decisions);
  const same = (i: number, j: number) => r.keys[i] !== undefined && r.keys[i] === r.keys[j];
  const rules = r.matches.map((x) => x.rule);
  return { r, same, rules };
};

describe('identity rules', () => {
  it('exact: the same municipality and name, up to case, quotes and spaces, is one school and is not listed', () => {
    const { same, rules } = resolve([m('МБОУ «СОШ № 1»', 'Бабаевский район', 'ЕГЭ 2023', 2023), m('мбоу "СОШ №1"', 'Бабаевский  район')]);
    expect(same(0, 1)).toBe(true);
    expect(rules).toEqual([]);
  });

  it('the same name in two municipalities is two schools', () => {
    const { same, r } = resolve([m('МБОУ СОШ №1', 'Бабаевский район'), m('МБОУ СОШ №1', 'Белозерский район')]);
    expect(same(0, 1)).toBe(false);
    expect(r.identities.size).toBe(2);
  });

  it('legal form: МБОУ → МАОУ in the same municipality is one school, listed with confidence 0.95', () => {
    const { same, r } = resolve([m('МБОУ СОШ №1', 'Бабаевский район', 'ЕГЭ 2023', 2023), m('МАОУ СОШ №1', 'Бабаевский район')]);
    expect(same(0, 1)).toBe(true);
    expect(r.matches.map((x) => [x.rule, x.confidence])).toEqual([['legal-form', 0.95]]);
  });

  it.each([
    ['Бабаевский район', 'Бабаевский муниципальный округ'],
    ['Смидовичский муниципальный район', 'Комитет образования администрации Смидовичского района'],
    ['Ленинский район', 'МО «Ленинский муниципальный район»'],
  ])('municipality type: «%s» ≡ «%s»', (a, b) => {
    const { same, rules } = resolve([m('СОШ №1', a, 'ЕГЭ 2023', 2023), m('СОШ №1', b)]);
    expect(same(0, 1)).toBe(true);
    expect(rules).toEqual(['municipality-type']);
  });

  it('a city and the district named after it stay apart («город Вологда» / «Вологодский район»)', () => {
    const { same } = resolve([m('СОШ №1', 'город Вологда', 'ЕГЭ 2023', 2023), m('СОШ №1', 'Вологодский район')]);
    expect(same(0, 1)).toBe(false);
  });

  it('two municipalities of one core written side by side in one table are not merged by their type words', () => {
    const { same } = resolve([m('СОШ №1', 'Кировский район'), m('СОШ №1', 'Кировский городской округ'), m('СОШ №1', 'Кировский муниципальный округ', 'ЕГЭ 2023', 2023)]);
    expect(same(0, 1)).toBe(false);
  });

  it('code decides: different codes are two schools whatever the name, one code is one school', () => {
    const two = resolve([m('СОШ №1', 'Бабаевский район', 'Реестр', undefined, { code: '111', registry: true }), m('СОШ №1', 'Бабаевский район', 'ЕГЭ 2024', 2024, { code: '222' })]);
    expect(two.same(0, 1)).toBe(false);
    const one = resolve([m('СОШ №1', 'Бабаевский район', 'Реестр', undefined, { code: '35-001', registry: true }), m('Школа имени Пушкина', undefined, 'Соцпаспорт', 2024, { code: '35001' })]);
    expect(one.same(0, 1)).toBe(true);
    expect(one.rules).toEqual(['code']);
  });

  it('honorary name: gained between years is one school; two such names in one table and year are two schools', () => {
    const gained = resolve([m('СОШ №2', 'Бабаевский район', 'ЕГЭ 2023', 2023), m('СОШ №2 имени Героя Советского Союза И.П. Петрова', 'Бабаевский район')]);
    expect(gained.same(0, 1)).toBe(true);
    expect(gained.rules).toEqual(['honorary']);
    const both = resolve([m('СОШ №2', 'Бабаевский район'), m('СОШ №2 имени А.С. Пушкина', 'Бабаевский район')]);
    expect(both.same(0, 1)).toBe(false);
  });

  it('settlement: «СОШ №4 п. Хинганск» ≡ «СОШ №4»; village schools without a number stay apart', () => {
    const { same, rules } = resolve([m('СОШ №4 п. Хинганск', 'Облученский район', 'ЕГЭ 2023', 2023), m('СОШ №4', 'Облученский район')]);
    expect(same(0, 1)).toBe(true);
    expect(rules).toEqual(['settlement']);
    expect(resolve([m('СОШ с. Дубовое', 'Биробиджанский район', 'ЕГЭ 2023', 2023), m('СОШ с. Бирофельд', 'Биробиджанский район')]).same(0, 1)).toBe(false);
  });

  it('school type: «СОШ № 5» ≡ «Школа № 5» ≡ «средняя общеобразовательная школа № 5»; a gymnasium stays apart', () => {
    const { same } = resolve([
      m('ГБОУ средняя общеобразовательная школа № 5', 'район Аэропорт', 'Реестр', undefined),
      m('ГБОУ «Школа № 5»', 'район Аэропорт'),
      m('Гимназия № 5', 'район Аэропорт'),
    ]);
    expect(same(0, 1)).toBe(true);
    expect(same(1, 2)).toBe(false);
  });

  describe('a table without a municipality', () => {
    const registry = [m('МБОУ СОШ №1', 'Бабаевский район', 'Реестр', undefined, { registry: true }), m('МБОУ СОШ №1', 'Белозерский район', 'Реестр', undefined, { registry: true }), m('МБОУ Лицей имени Ломоносова', 'Белозерский район', 'Реестр', undefined, { registry: true })];

    it('joins a name unique in the run, listed as «name-only»', () => {
      const { same, rules } = resolve([...registry, m('Лицей имени Ломоносова', undefined, 'Олимпиады')]);
      expect(same(2, 3)).toBe(true);
      expect(rules).toEqual(['name-only']);
    });

    it('an ambiguous name is not joined: no key, a problem with sheet, row and column, listed as not joined', () => {
      const mentions = [...registry, m('СОШ №1', undefined, 'Олимпиады')];
      const { r } = resolve(mentions);
      expect(r.keys[3]).toBeUndefined();
      expect(r.problems).toEqual([expect.objectContaining({ code: 'ambiguous-school', sheet: 'Олимпиады', row: mentions[3].source.row, column: 'B' })]);
      expect(r.problems[0].message).toMatch(/Бабаевский район.*Белозерский район|Белозерский район.*Бабаевский район/);
      expect(r.unjoined.map((u) => u.reason)).toEqual(['ambiguous']);
    });

    it('the user can merge the ambiguous row with one school: the next run joins it', () => {
      const mentions = [...registry, m('СОШ №1', undefined, 'Олимпиады')];
      const first = resolveIdentities(mentions);
      const target = first.identities.get(first.keys[1]!)!;
      const { same, r } = resolve(mentions, [{ action: 'merge', a: ' | сош№1', b: target.id }]);
      expect(same(1, 3)).toBe(true);
      expect(r.problems).toEqual([]);
    });

    it('without any municipality in the run, names join among themselves as before', () => {
      const { same } = resolve([m('МБОУ СОШ №1', undefined, 'ЕГЭ 2023', 2023), m('МАОУ СОШ №1', undefined)]);
      expect(same(0, 1)).toBe(true);
    });
  });

  it('a split keeps two spellings apart and a confirmation is shown on the match', () => {
    const mentions = [m('МБОУ СОШ №1', 'Бабаевский район', 'ЕГЭ 2023', 2023), m('МАОУ СОШ №1', 'Бабаевский муниципальный округ')];
    const first = resolveIdentities(mentions);
    const { a, b } = first.matches[0];
    expect(resolve(mentions, [{ action: 'split', a: a.id, b: b.id }]).same(0, 1)).toBe(false);
    expect(resolve(mentions, [{ action: 'confirm', a: b.id, b: a.id }]).r.matches[0].decision).toBe('confirm');
  });
});

describe('duplicate rows in one table', () => {
  const grid = (rows: (string | number)[][]) => ({ sheet: 'ЕГЭ 2024', values: [['Муниципалитет', 'Школа', 'Участников', 'Средний балл'], ...rows], merges: [] });

  it('the same municipality, name and year twice is a «duplicate-school» warning naming the municipality', () => {
    const r = readWorkbook([grid([['Бабаевский район', 'СОШ №1', 10, 60], ['Бабаевский район', 'МБОУ СОШ №1', 12, 61]])]);
    const dup = r.problems.filter((p) => p.code === 'duplicate-school');
    expect(dup).toHaveLength(1);
    expect(dup[0].message).toContain('Бабаевский район');
  });

  it('the same name in two municipalities is no duplicate', () => {
    const r = readWorkbook([grid([['Бабаевский район', 'СОШ №1', 10, 60], ['Белозерский район', 'СОШ №1', 12, 61]])]);
    expect(r.problems.filter((p) => p.code === 'duplicate-school')).toEqual([]);
    expect(new Set(r.dataset.schools.map((x) => x.key)).size).toBe(2);
  });
});
