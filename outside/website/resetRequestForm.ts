/**
 * Reset Device Password (seed 000, website) and the Support Desk's phone-call form (P3, seed 001/004).
 *
 * Website: First Name, Last Name, Phone Number, Model Number, Device ID, Serial Number (S/N), Date Displayed on
 * Device, and three images (Upload Proof of Purchase, Upload Device Info Screen, Upload Information Sticker). The model
 * and serial number must match a warranty of this account ("It is necessary to register your product for warranty"),
 * and the Device ID must belong to that serial number in the manufacturer's registry.
 *
 * Phone: the same fields and the pictures of the Device Info screen and the sticker, which the caller sends before
 * support helps (seed 001), but no proof of purchase; the serial number must be a unit of that model the manufacturer
 * made; a warranty is not required (PHONE_REQUIRES_WARRANTY, *invented*), the Device ID must still belong to it.
 */
import type {
  OutsideWorldState,
  PhoneRequestField,
  PhoneRequestForm,
  ResetRequestField,
  ResetRequestForm,
  SpokenRequestField,
  SpokenRequestForm,
} from '../outsideTypes';
import { PHONE_REQUIRES_WARRANTY, TEXT_LIMITS } from '../outsideRules';
import {
  checkForm,
  deviceIdFormat,
  knownRecorderModel,
  maxChars,
  phoneFormat,
  plainName,
  realDate,
  required,
  serialFormat,
  type RuleTable,
} from '../fieldRules';
import { belongsToSerial, madeAsModel, underWarranty } from './unitRules';
import { uploadRule } from './uploads';

export interface RequestContext {
  readonly state: OutsideWorldState;
}

export const RESET_REQUEST_LABELS: Readonly<Record<ResetRequestField, string>> = {
  firstName: 'First Name',
  lastName: 'Last Name',
  phoneNumber: 'Phone Number',
  modelNumber: 'Model Number',
  deviceId: 'Device ID',
  serialNumber: 'Serial Number (S/N)',
  dateDisplayed: 'Date Displayed on Device',
  proofOfPurchase: 'Upload Proof of Purchase',
  deviceInfoScreen: 'Upload Device Info Screen',
  informationSticker: 'Upload Information Sticker',
};

const L = RESET_REQUEST_LABELS;

/** The rules shared by both forms: what a person reads out or types. */
const SPOKEN_RULES: RuleTable<SpokenRequestForm, SpokenRequestField, RequestContext> = {
  firstName: [required(L.firstName), maxChars(L.firstName, TEXT_LIMITS.name), plainName(L.firstName)],
  lastName: [required(L.lastName), maxChars(L.lastName, TEXT_LIMITS.name), plainName(L.lastName)],
  phoneNumber: [required(L.phoneNumber), maxChars(L.phoneNumber, TEXT_LIMITS.phone), phoneFormat],
  modelNumber: [required(L.modelNumber), maxChars(L.modelNumber, TEXT_LIMITS.modelNumber), knownRecorderModel],
  serialNumber: [
    required(L.serialNumber),
    maxChars(L.serialNumber, TEXT_LIMITS.serialNumber),
    serialFormat,
    madeAsModel,
  ],
  deviceId: [required(L.deviceId), deviceIdFormat, belongsToSerial],
  dateDisplayed: [required(L.dateDisplayed), realDate],
};

const SERIAL_UNDER_WARRANTY = [...SPOKEN_RULES.serialNumber, underWarranty];

/** The pictures both forms ask for (the phone's caller sends them, the website's customer uploads them). */
const PICTURE_RULES = {
  deviceInfoScreen: [uploadRule(L.deviceInfoScreen)],
  informationSticker: [uploadRule(L.informationSticker)],
};

export const RESET_REQUEST_RULES: RuleTable<ResetRequestForm, ResetRequestField, RequestContext> = {
  ...SPOKEN_RULES,
  serialNumber: SERIAL_UNDER_WARRANTY,
  proofOfPurchase: [uploadRule(L.proofOfPurchase)],
  ...PICTURE_RULES,
};

/** On the phone a missing picture is one the caller has not sent yet: support helps only once both arrived. */
export const callerMustSend = (picture: string) => (upload: unknown) =>
  upload === null
    ? `Ask the caller to send the picture of ${picture} first: support helps only once it arrives.`
    : null;

export const PHONE_REQUEST_RULES: RuleTable<PhoneRequestForm, PhoneRequestField, RequestContext> = {
  ...SPOKEN_RULES,
  ...(PHONE_REQUIRES_WARRANTY ? { serialNumber: SERIAL_UNDER_WARRANTY } : {}),
  deviceInfoScreen: [callerMustSend('the Device Info screen'), ...PICTURE_RULES.deviceInfoScreen],
  informationSticker: [callerMustSend('the information sticker'), ...PICTURE_RULES.informationSticker],
};

/** The picture fields of each form, in the order they are shown and stored on the ticket. */
export const RESET_REQUEST_PICTURES = ['proofOfPurchase', 'deviceInfoScreen', 'informationSticker'] as const;
export const PHONE_REQUEST_PICTURES = ['deviceInfoScreen', 'informationSticker'] as const;

export const checkResetRequestForm = (form: ResetRequestForm, context: RequestContext) =>
  checkForm(RESET_REQUEST_RULES, form, context);

export const checkPhoneRequestForm = (form: PhoneRequestForm, context: RequestContext) =>
  checkForm(PHONE_REQUEST_RULES, form, context);
