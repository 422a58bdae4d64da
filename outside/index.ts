/**
 * The outside world's public entry: the simulated parties around the recorder (support website, support desk,
 * e-mail, mobile app, the customer's accounts) as pure logic. src/, tests and Node scripts import outside/ only
 * from here. Like firmware/, it runs in Node without a DOM, takes time and randomness as data, and depends on the
 * firmware (never the reverse).
 */
export type * from './outsideTypes';
export type { OutsideWorldApi } from './outsideWorldApi';
export { OutsideWorld, createOutsideWorld, type OutsideWorldOptions } from './outsideWorld';
export {
  newOutsideWorldState,
  buildOutsideWorldState,
  manufacturedRecorder,
  outsideRandomState,
  type NewAppDevice,
  type NewOutsideWorldOptions,
} from './newOutsideWorldState';
export { newWorldOutside, newWorldOutsideOptions, registeredCameras, type NewWorldBasics } from './newWorldOutside';
export { outsideWorldSchema, parseOutsideWorldState, OUTSIDE_LIMITS } from './outsideWorldSchema';
export * as outsideRules from './outsideRules';
export { RESET_REQUEST_LABELS } from './website/resetRequestForm';
export { WARRANTY_LABELS } from './website/warrantyForm';
export { receiptImage } from './mail/receipt';
export { practiceCredentials, type PracticeCredentials } from './account/practiceCredentials';
