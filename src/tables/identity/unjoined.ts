import type { Unjoined, UnjoinedReason, Variant } from './types';

const REASONS: Record<UnjoinedReason, { ru: (v: Variant) => string; en: (v: Variant) => string }> = {
  ambiguous: {
    ru: () => 'в таблице нет муниципалитета, а школа с таким названием есть в нескольких муниципалитетах; строки не использованы. Добавьте столбец «Муниципалитет» или объедините школу вручную.',
    en: () => 'the table has no municipality and several municipalities have a school of this name; the rows are not used. Add a "Municipality" column or merge the school by hand.',
  },
  'municipality-not-in-registry': {
    ru: (v) => `в реестре школ нет муниципалитета «${v.municipality}». Проверьте название муниципалитета или добавьте школы муниципалитета в реестр.`,
    en: (v) => `the schools registry has no municipality "${v.municipality}". Check the municipality's name or add its schools to the registry.`,
  },
  'name-not-in-registry': {
    ru: (v) => `в реестре${v.municipality ? ` муниципалитета «${v.municipality}»` : ''} нет школы с таким названием. Исправьте название или объедините школу с записью реестра вручную.`,
    en: (v) => `the registry${v.municipality ? ` of "${v.municipality}"` : ''} has no school of this name. Fix the name or merge the school with a registry entry by hand.`,
  },
  'code-not-in-registry': {
    ru: (v) => `код «${v.code}» не найден в реестре школ. Проверьте код.`,
    en: (v) => `code "${v.code}" is not in the schools registry. Check the code.`,
  },
};

export const unjoinedReason = (variant: Variant, reason: UnjoinedReason): Unjoined => ({
  variant,
  reason,
  text: REASONS[reason].ru(variant),
  textEn: REASONS[reason].en(variant),
});
