/**
 * The Support Website's product forms (seed 000), for the signed-in customer: Activate Warranty (then a warranty
 * e-mail) and Reset Device Password (a ticket and its e-mail at once; tickets.ts runs the review). Signed out, the
 * form is refused with the message on its first field. Identifiers are stored as the manufacturer writes them
 * (upper case), text trimmed.
 */
import type { RecorderModelId } from '../../firmware';
import { hasErrors, trimForm } from '../fieldRules';
import { checkResetRequestForm, RESET_REQUEST_LABELS, RESET_REQUEST_PICTURES } from './resetRequestForm';
import { acceptedImage, ticketPhotos } from './uploads';
import { checkWarrantyForm, WARRANTY_LABELS } from './warrantyForm';
import { deliver, warrantyEmail } from '../mail/mail';
import { accept, refuse, type Step, type WorldEnv } from '../step';
import { openTicket, ticketFields } from '../supportDesk/tickets';
import type {
  FormResult,
  OutsideWorldState,
  ResetRequestField,
  ResetRequestForm,
  Ticket,
  Warranty,
  WarrantyField,
  WarrantyForm,
} from '../outsideTypes';

export const SIGN_IN_FIRST_MESSAGE = 'Sign in to My Account first.';

export function activateWarranty(
  state: OutsideWorldState,
  raw: WarrantyForm,
  env: WorldEnv,
): Step<FormResult<WarrantyField, Warranty>> {
  if (!state.websiteSession) return refuse(state, { modelNumber: SIGN_IN_FIRST_MESSAGE });
  const form = trimForm(raw);
  const errors = checkWarrantyForm(form, { state, now: env.now });
  if (hasErrors(errors)) return refuse(state, errors);
  const id = `warranty-${state.warranties.length + 1}`;
  const warranty: Warranty = {
    id,
    modelId: form.modelNumber.toUpperCase() as RecorderModelId,
    serialNumber: form.serialNumber.toUpperCase(),
    purchaseDate: form.dateOfPurchase,
    billOfSale: acceptedImage(state, form.billOfSale, WARRANTY_LABELS.billOfSale, `${id}-bill-of-sale`),
    registeredAt: env.now,
  };
  const next = { ...state, warranties: [...state.warranties, warranty] };
  return accept(deliver(next, warrantyEmail(next, warranty), env.now), warranty);
}

export function submitResetRequest(
  state: OutsideWorldState,
  raw: ResetRequestForm,
  env: WorldEnv,
): Step<FormResult<ResetRequestField, Ticket>> {
  if (!state.websiteSession) return refuse(state, { firstName: SIGN_IN_FIRST_MESSAGE });
  const form = trimForm(raw);
  const errors = checkResetRequestForm(form, { state });
  if (hasErrors(errors)) return refuse(state, errors);
  const photos = ticketPhotos(state, form, RESET_REQUEST_PICTURES, RESET_REQUEST_LABELS, state.nextTicketNumber);
  const opened = openTicket(state, ticketFields(state, 'website', form, photos), env.now);
  return accept(opened.state, opened.ticket);
}
