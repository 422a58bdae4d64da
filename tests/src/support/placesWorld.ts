/**
 * The real outside world (OutsideWorld, low PBKDF2 cost, in-memory persistence) for the places' component tests,
 * built on the world's own Node test helpers, plus the DOM helpers the place tests share.
 */
import { fireEvent, screen } from '@testing-library/react';
import { createOutsideWorld, type OutsideWorld } from '../../../outside/outsideWorld';
import type { OutsideWorldState } from '../../../outside/outsideTypes';
import { ITERATIONS, START } from '../../outside/outsideSupport';

export { resetForm, testWorld, withWarranty, mailLine, START, TODAY } from '../../outside/outsideSupport';

/** The same world, but storage refuses every write (a full disk, a closed database). */
export function worldThatCannotSave(state: OutsideWorldState): OutsideWorld {
  return createOutsideWorld({
    state,
    now: START,
    pbkdf2Iterations: ITERATIONS,
    persist: () => Promise.reject(new Error('The disk is full.')),
  });
}

/** The `<select>` value of the order e-mail's receipt in an upload picker. */
export function receiptChoice(state: OutsideWorldState): string {
  const email = state.mailbox.find((mail) => mail.kind === 'order-confirmation')!;
  return `attachment:${email.id}:${email.attachments[0]!.id}`;
}

export const link = (name: string) => screen.getByRole('link', { name });
export const button = (name: string) => screen.getByRole('button', { name });
export const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement;
export const fill = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });

/** The texts an element's aria-describedby points to. */
export function descriptionOf(element: HTMLElement): string[] {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '');
}
