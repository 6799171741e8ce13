import { STEP_ORDER, type OporaServices, type StepId } from './model';

/** Steps whose capability exists; the others are hidden, never faked. */
export const availableSteps = (services: OporaServices): StepId[] =>
  STEP_ORDER.filter((step) => step === 'data' || services[step] !== undefined);
