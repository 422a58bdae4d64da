/**
 * OutsideWorld: the outside world's logic behind OutsideWorldApi (outsideWorldApi.ts states the contract).
 *
 * - Commands run one at a time, in call order (a queue), each on the state the previous one left.
 * - A command that changes the state resolves only after `persist(next)` resolved (durable before confirmed); then
 *   the new state becomes current and listeners are notified. If persisting fails, the command rejects and the state
 *   stays as it was.
 * - World time comes only from `now` at creation and advanceTo(now) (it never goes back); randomness only from the
 *   state's seeded stream.
 */
import { PBKDF2_ITERATIONS, type UsersEvent } from '../firmware';
import { confirmPasswordCode, requestPasswordCode, signInTo } from './account/accountCommands';
import { addAppDevice, forgetAppDevice, sendDevicePasswordReset, verifyRecorderFromApp } from './mobileApp/appCommands';
import { expireCodes } from './account/codes';
import { approveTicket, rejectTicket, takePhoneRequest } from './supportDesk/deskCommands';
import { imageProblem } from './website/uploads';
import type { OutsideWorldApi } from './outsideWorldApi';
import type { Step, WorldEnv } from './step';
import { runDueReviews } from './supportDesk/tickets';
import { activateWarranty, submitResetRequest } from './website/websiteCommands';
import type {
  FormResult,
  OutsideWorldState,
  PasswordCodeConfirmForm,
  PasswordCodeField,
  PasswordCodeRequestForm,
  PhoneRequestField,
  PhoneRequestForm,
  Photo,
  PhotoSubject,
  ResetRequestField,
  ResetRequestForm,
  SignInField,
  SignInForm,
  Ticket,
  Warranty,
  WarrantyField,
  WarrantyForm,
} from './outsideTypes';

export interface OutsideWorldOptions {
  readonly state: OutsideWorldState;
  /** World time now. */
  readonly now: number;
  /** Stores the state durably (the shell: IndexedDB, strict durability); commands wait for it. */
  readonly persist: (state: OutsideWorldState) => Promise<void>;
  /** PBKDF2 cost of new password hashes (default: the firmware's); only ever lowered by tests. */
  readonly pbkdf2Iterations?: number;
}

type Command<T> = (state: OutsideWorldState, env: WorldEnv) => Step<T> | Promise<Step<T>>;

export class OutsideWorld implements OutsideWorldApi {
  private current: OutsideWorldState;
  private now: number;
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly persist: (state: OutsideWorldState) => Promise<void>;
  private readonly pbkdf2Iterations: number;

  constructor(options: OutsideWorldOptions) {
    this.current = options.state;
    this.now = options.now;
    this.persist = options.persist;
    this.pbkdf2Iterations = options.pbkdf2Iterations ?? PBKDF2_ITERATIONS;
  }

  get state(): OutsideWorldState {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs `command` after every earlier one; persists and publishes a changed state before resolving. */
  private run<T>(command: Command<T>): Promise<T> {
    const result = this.queue.then(async () => {
      const step = await command(this.current, { now: this.now, pbkdf2Iterations: this.pbkdf2Iterations });
      if (step.state !== this.current) {
        await this.persist(step.state);
        this.current = step.state;
        for (const listener of [...this.listeners]) listener();
      }
      return step.result;
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  advanceTo(now: number): Promise<void> {
    return this.run(async (state) => {
      this.now = Math.max(this.now, now);
      const reviewed = await runDueReviews(expireCodes(state, this.now), this.now);
      return { state: reviewed, result: undefined };
    });
  }

  signIn(form: SignInForm): Promise<FormResult<SignInField>> {
    return this.run((state) => signInTo('websiteSession', state, form));
  }

  signOut(): Promise<void> {
    return this.run((state) => ({
      state: state.websiteSession ? { ...state, websiteSession: null } : state,
      result: undefined,
    }));
  }

  activateWarranty(form: WarrantyForm): Promise<FormResult<WarrantyField, Warranty>> {
    return this.run((state, env) => activateWarranty(state, form, env));
  }

  submitResetRequest(form: ResetRequestForm): Promise<FormResult<ResetRequestField, Ticket>> {
    return this.run((state, env) => submitResetRequest(state, form, env));
  }

  requestWebsitePasswordCode(form: PasswordCodeRequestForm): Promise<FormResult<PasswordCodeField>> {
    return this.run((state, env) => requestPasswordCode('website-password', state, form, env));
  }

  resetWebsitePassword(form: PasswordCodeConfirmForm): Promise<FormResult<PasswordCodeField>> {
    return this.run((state, env) => confirmPasswordCode('website-password', state, form, env));
  }

  setManualReview(on: boolean): Promise<void> {
    return this.run((state) => ({
      state: state.manualReview === on ? state : { ...state, manualReview: on },
      result: undefined,
    }));
  }

  approveTicket(ticketNumber: number): Promise<FormResult<'ticket', Ticket>> {
    return this.run((state, env) => approveTicket(state, ticketNumber, env));
  }

  rejectTicket(ticketNumber: number, reason: string): Promise<FormResult<'ticket' | 'reason', Ticket>> {
    return this.run((state, env) => rejectTicket(state, ticketNumber, reason, env));
  }

  takePhoneRequest(form: PhoneRequestForm): Promise<FormResult<PhoneRequestField, Ticket>> {
    return this.run((state, env) => takePhoneRequest(state, form, env));
  }

  markRead(emailId: string): Promise<void> {
    return this.run((state) => {
      const unread = state.mailbox.some((email) => email.id === emailId && !email.read);
      const mailbox = state.mailbox.map((email) => (email.id === emailId ? { ...email, read: true } : email));
      return { state: unread ? { ...state, mailbox } : state, result: undefined };
    });
  }

  appLogIn(form: SignInForm): Promise<FormResult<SignInField>> {
    return this.run((state) => signInTo('appSession', state, form));
  }

  appLogOut(): Promise<void> {
    return this.run((state) => ({
      state: state.appSession ? { ...state, appSession: null } : state,
      result: undefined,
    }));
  }

  requestAppPasswordCode(form: PasswordCodeRequestForm): Promise<FormResult<PasswordCodeField>> {
    return this.run((state, env) => requestPasswordCode('app-password', state, form, env));
  }

  confirmAppPasswordCode(form: PasswordCodeConfirmForm): Promise<FormResult<PasswordCodeField>> {
    return this.run((state, env) => confirmPasswordCode('app-password', state, form, env));
  }

  sendDevicePasswordReset(appDeviceId: string, displayedDate: string): Promise<FormResult<'device'>> {
    return this.run((state, env) => sendDevicePasswordReset(state, appDeviceId, displayedDate, env.now));
  }

  verifyRecorderFromApp(appDeviceId: string, code: string): Promise<FormResult<'device' | 'code', UsersEvent>> {
    return this.run((state) => verifyRecorderFromApp(state, appDeviceId, code));
  }

  addAppDevice(device: { kind: 'wifi-camera'; modelId: string; serialNumber: string }): Promise<FormResult<'device'>> {
    return this.run((state) => addAppDevice(state, device));
  }

  forgetAppDevice(serialNumber: string): Promise<void> {
    return this.run((state) => forgetAppDevice(state, serialNumber));
  }

  addPhoto(photo: {
    subject: PhotoSubject;
    dataUrl: string;
    mimeType: string;
    sizeBytes: number;
    name: string;
  }): Promise<Photo> {
    return this.run((state, env) => {
      const problem = imageProblem(photo);
      if (problem !== null) throw new Error(`Photo refused: ${problem}`);
      const added: Photo = { ...photo, id: `photo-${state.photos.length + 1}`, takenAt: env.now };
      return { state: { ...state, photos: [...state.photos, added] }, result: added };
    });
  }
}

export const createOutsideWorld = (options: OutsideWorldOptions): OutsideWorld => new OutsideWorld(options);
