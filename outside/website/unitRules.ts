/**
 * Rules that check a form against the manufacturer's registry (`state.recorders`, the units it made) and the
 * account's warranties: the serial number must be a unit of the given model (and, on the website, under warranty),
 * and the Device ID must be that unit's. A rule whose other field is already wrong stays silent, so each message
 * names the field that is actually wrong.
 */
import { isRecorderModelId } from '../../firmware';
import type { ManufacturedRecorder, OutsideWorldState } from '../outsideTypes';
import type { FieldRule } from '../fieldRules';
import { sameId } from '../fieldRules';

export interface UnitFields {
  readonly modelNumber: string;
  readonly serialNumber: string;
}

type StateContext = { readonly state: OutsideWorldState };

/** The unit the manufacturer made with this serial number, if any. */
export const unitBySerial = (state: OutsideWorldState, serialNumber: string): ManufacturedRecorder | undefined =>
  state.recorders.find((unit) => sameId(unit.serialNumber, serialNumber));

const modelIsKnown = (modelNumber: string): boolean => isRecorderModelId(modelNumber.toUpperCase());

/** The serial number is a unit of the model typed in Model Number. */
export const madeAsModel: FieldRule<string, UnitFields, StateContext> = (serial, form, { state }) => {
  if (!modelIsKnown(form.modelNumber)) return null;
  const unit = unitBySerial(state, serial);
  return unit && sameId(unit.modelId, form.modelNumber)
    ? null
    : `No ${form.modelNumber.toUpperCase()} was made with this serial number: check the sticker.`;
};

/** The model and serial number match a warranty registration of this account. */
export const underWarranty: FieldRule<string, UnitFields, StateContext> = (serial, form, { state }) => {
  if (!modelIsKnown(form.modelNumber)) return null;
  const match = state.warranties.some(
    (warranty) => sameId(warranty.serialNumber, serial) && sameId(warranty.modelId, form.modelNumber),
  );
  return match ? null : 'No warranty of your account has this model and serial number: activate the warranty first.';
};

/** No warranty is registered for this serial number yet. */
export const notYetRegistered: FieldRule<string, UnitFields, StateContext> = (serial, _form, { state }) =>
  state.warranties.some((warranty) => sameId(warranty.serialNumber, serial))
    ? 'This serial number already has a warranty registration.'
    : null;

/** The Device ID is the one of the unit with this serial number (silent while the serial number is unknown). */
export const belongsToSerial: FieldRule<string, UnitFields, StateContext> = (deviceId, form, { state }) => {
  const unit = unitBySerial(state, form.serialNumber);
  if (!unit) return null;
  return sameId(unit.deviceId, deviceId) ? null : 'This Device ID does not belong to that serial number.';
};
