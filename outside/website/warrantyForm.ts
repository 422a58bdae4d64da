/**
 * My Account > Warranty > Activate Warranty (seed 000): Model Number, Serial Number (S/N), Date of Purchase, Upload
 * Bill of Sale. The serial number must be a unit of that model the manufacturer made, not yet registered; the date a
 * real date not after today (world time); the bill of sale an image (uploads.ts).
 */
import type { OutsideWorldState, WarrantyField, WarrantyForm } from '../outsideTypes';
import { TEXT_LIMITS } from '../outsideRules';
import {
  checkForm,
  knownRecorderModel,
  maxChars,
  notAfterToday,
  realDate,
  required,
  serialFormat,
  type RuleTable,
} from '../fieldRules';
import { madeAsModel, notYetRegistered } from './unitRules';
import { uploadRule } from './uploads';

export interface WarrantyContext {
  readonly state: OutsideWorldState;
  readonly now: number;
}

export const WARRANTY_LABELS: Readonly<Record<WarrantyField, string>> = {
  modelNumber: 'Model Number',
  serialNumber: 'Serial Number (S/N)',
  dateOfPurchase: 'Date of Purchase',
  billOfSale: 'Upload Bill of Sale',
};

export const WARRANTY_RULES: RuleTable<WarrantyForm, WarrantyField, WarrantyContext> = {
  modelNumber: [
    required(WARRANTY_LABELS.modelNumber),
    maxChars(WARRANTY_LABELS.modelNumber, TEXT_LIMITS.modelNumber),
    knownRecorderModel,
  ],
  serialNumber: [
    required(WARRANTY_LABELS.serialNumber),
    maxChars(WARRANTY_LABELS.serialNumber, TEXT_LIMITS.serialNumber),
    serialFormat,
    madeAsModel,
    notYetRegistered,
  ],
  dateOfPurchase: [required(WARRANTY_LABELS.dateOfPurchase), realDate, notAfterToday],
  billOfSale: [uploadRule(WARRANTY_LABELS.billOfSale)],
};

export const checkWarrantyForm = (form: WarrantyForm, context: WarrantyContext) =>
  checkForm(WARRANTY_RULES, form, context);
