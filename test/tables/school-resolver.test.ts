import { schoolResolver, type Identity } from '../../src/tables';

/** The resolver a run hands to adjustments and functions: indexed on its first question, not before. */
describe('schoolResolver', () => {
  const identities: Identity[] = [
    { key: 'бабаевский|сош№1', id: 'a', registry: true, name: 'МБОУ СОШ №1', municipality: 'Бабаевский район', code: '3501' },
    { key: 'белозерский|сош№1', id: 'b', registry: true, name: 'МБОУ СОШ №1', municipality: 'Белозерский район' },
    { key: 'белозерский|лицей', id: 'c', registry: true, name: 'МАОУ «Лицей»', municipality: 'Белозерский район' },
  ];
  /** The identities as an iterable that counts how often it is read. */
  const counted = () => {
    const reads = { count: 0 };
    return { reads, iterable: { [Symbol.iterator]: () => (reads.count++, identities[Symbol.iterator]()) } };
  };

  it('reads the identities only when first asked, and once', () => {
    const { reads, iterable } = counted();
    const resolve = schoolResolver(iterable);
    expect(reads.count).toBe(0);
    expect(resolve('Лицей')).toBe('белозерский|лицей');
    expect(resolve('3501')).toBe('бабаевский|сош№1');
    expect(reads.count).toBe(1);
  });

  it('answers as before: a key, «Муниципалитет | Школа», a name two schools share (both keys), an unknown name', () => {
    const resolve = schoolResolver(counted().iterable);
    expect(resolve('белозерский|сош№1')).toBe('белозерский|сош№1');
    expect(resolve('Белозерского района | СОШ № 1')).toBe('белозерский|сош№1');
    expect(resolve('СОШ №1')).toEqual(['бабаевский|сош№1', 'белозерский|сош№1']);
    expect(resolve('Гимназия №2')).toBeUndefined();
  });
});
