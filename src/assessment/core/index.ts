// The assessor core's public surface: the plain-data model, assess(), describeFinding(), the coded
// errors and the date helpers.
export * from './model';
export { assess, ADEQUACY_EXPIRY_WINDOW_DAYS, DEFAULT_DPA_EXPIRY_WINDOW_DAYS } from './assess';
export { describeFinding } from './describe';
export * from './errors';
export * from './dates';
export { compareFindings, sortFindings } from './findings';
export {
  isDecisionInForce,
  decisionsInForce,
  decisionCoversImporter,
  isCertificationValid,
} from './adequacy';
