/**
 * Reset Device Password (seed 000, website) and the Support Desk's phone-call form (P3, seed 001/004).
 *
 * Website: First Name, Last Name, Phone Number, Model Number, Device ID, Serial Number (S/N), Date Displayed on
 * Device, and three images (Upload Proof of Purchase, Upload Device Info Screen, Upload Information Sticker). The model
 * and serial number must match a warranty of this account ("It is necessary to register your product for warranty"),
 * and the Device ID must belong to that serial number in the manufacturer's registry.
 *
 * Phone: the same fields without uploads; the serial number must be a unit of that model the manufacturer made; a
 * warranty is not required (PHONE_REQUIRES_WARRANTY, *invented*), the Device ID must still belong to it.
 */
import type {
  OutsideWorldState,
  PhoneRequestField,
  PhoneRequestForm,
  ResetRequestField,
  ResetRequestForm,
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
const SPOKEN_RULES: RuleTable<PhoneRequestForm, PhoneRequestField, RequestContext> = {
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

export const RESET_REQUEST_RULES: RuleTable<ResetRequestForm, ResetRequestField, RequestContext> = {
  ...SPOKEN_RULES,
  serialNumber: SERIAL_UNDER_WARRANTY,
  proofOfPurchase: [uploadRule(L.proofOfPurchase)],
  deviceInfoScreen: [uploadRule(L.deviceInfoScreen)],
  informationSticker: [uploadRule(L.informationSticker)],
};

export const PHONE_REQUEST_RULES: RuleTable<PhoneRequestForm, PhoneRequestField, RequestContext> =
  PHONE_REQUIRES_WARRANTY ? { ...SPOKEN_RULES, serialNumber: SERIAL_UNDER_WARRANTY } : SPOKEN_RULES;

export const checkResetRequestForm = (form: ResetRequestForm, context: RequestContext) =>
  checkForm(RESET_REQUEST_RULES, form, context);

export const checkPhoneRequestForm = (form: PhoneRequestForm, context: RequestContext) =>
  checkForm(PHONE_REQUEST_RULES, form, context);
