import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslator, pick, type Bilingual, type Language, type Translate } from '../i18n';

interface LanguageContextValue {
  language: Language;
  t: Translate;
  text: (value: Bilingual) => string;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

export const LanguageProvider = ({ language, children }: { language: Language; children: ReactNode }) => {
  const value = useMemo<LanguageContextValue>(
    () => ({ language, t: createTranslator(language), text: (v) => pick(v, language) }),
    [language],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
};

export const useI18n = (): LanguageContextValue => {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useI18n outside LanguageProvider');
  return value;
};
