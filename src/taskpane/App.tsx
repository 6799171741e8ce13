import { FluentProvider, Select, Tab, TabList, Title3, type Theme } from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import { LANGUAGES, type Language } from '../i18n';
import { BrowserToolbar } from './browser/BrowserToolbar';
import { availableSteps } from './capabilities';
import { LanguageProvider, useI18n } from './i18n-context';
import type { BrowserWorkbook, DataReading, IdentificationOutcome, OporaServices, StepId } from './model';
import { DataStep } from './steps/DataStep';
import { IdentificationStep } from './steps/IdentificationStep';
import { PartnersStep } from './steps/PartnersStep';
import { RoadmapStep } from './steps/RoadmapStep';
import { SimpleStep } from './steps/SimpleStep';
import { useGlobalStyles } from './styles';

export interface AppProps {
  services: OporaServices;
  theme: Theme;
  language?: Language;
  /** Present in browser mode only. */
  browser?: BrowserWorkbook;
  onLanguageChange?: (language: Language) => void;
}

const LANGUAGE_NAMES: Record<Language, string> = { ru: 'Русский', en: 'English' };

const Steps = ({ services }: { services: OporaServices }) => {
  const { t } = useI18n();
  const steps = availableSteps(services);
  const [current, setCurrent] = useState<StepId>('data');
  const [reading, setReading] = useState<DataReading | null>(null);
  const [identification, setIdentification] = useState<IdentificationOutcome | null>(null);

  // Steps stay mounted while hidden so their inputs survive switching tabs.
  const panel = (step: StepId, content: ReactElement) => (
    <div role="tabpanel" id={`panel-${step}`} aria-labelledby={`tab-${step}`} hidden={current !== step} key={step}>
      {content}
    </div>
  );

  return (
    <>
      <TabList
        selectedValue={current}
        onTabSelect={(_, d) => setCurrent(d.value as StepId)}
        aria-label={t('app.steps')}
        size="small"
        className="opora-tabs"
      >
        {steps.map((step, i) => (
          <Tab key={step} value={step} id={`tab-${step}`} aria-controls={`panel-${step}`}>
            {`${i + 1}. ${t(`step.${step}`)}`}
          </Tab>
        ))}
      </TabList>
      {panel('data', <DataStep services={services} reading={reading} onReading={(r) => { setReading(r); setIdentification(null); }} />)}
      {services.identification &&
        panel(
          'identification',
          <IdentificationStep
            services={services}
            service={services.identification}
            hasData={reading !== null}
            outcome={identification}
            onOutcome={setIdentification}
          />,
        )}
      {services.partners &&
        panel('partners', <PartnersStep services={services} service={services.partners} identified={identification !== null} />)}
      {services.roadmap &&
        panel('roadmap', <RoadmapStep services={services} service={services.roadmap} identified={identification !== null} />)}
      {services.targets && panel('targets', <SimpleStep services={services} service={services.targets} title="step.targets" />)}
    </>
  );
};

const Shell = ({ services: initial, browser, language, setLanguage }: AppProps & { language: Language; setLanguage: (l: Language) => void }) => {
  useGlobalStyles();
  const { t } = useI18n();
  const [services, setServices] = useState(initial);
  const [generation, setGeneration] = useState(0);
  return (
    <main className="opora-app">
      <header className="opora-header">
        <Title3 as="h1">{t('app.title')}</Title3>
        <Select
          aria-label={t('app.language')}
          value={language}
          size="small"
          onChange={(_, d) => setLanguage(d.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </Select>
      </header>
      {browser && (
        <BrowserToolbar
          workbook={browser}
          onOpened={(next) => {
            setServices(next);
            setGeneration((g) => g + 1);
          }}
        />
      )}
      <Steps key={generation} services={services} />
    </main>
  );
};

/** The task pane: Fluent theme from Office, Russian by default, steps that exist for this build. */
export const App = (props: AppProps) => {
  const [language, setLanguage] = useState<Language>(props.language ?? 'ru');
  const change = (l: Language) => {
    setLanguage(l);
    props.onLanguageChange?.(l);
  };
  return (
    <FluentProvider theme={props.theme} lang={language}>
      <LanguageProvider language={language}>
        <Shell {...props} language={language} setLanguage={change} />
      </LanguageProvider>
    </FluentProvider>
  );
};
