/**
 * The world commands of a solution: what a person does in the other places, one form sent at a time, filled from
 * what the world shows them (the order e-mail and its receipt, the Info screen and sticker photos, the inbox, the
 * recorder's screen). Each calls the same OutsideWorldApi method as the place's form; a refused form throws with the
 * messages the place would show (a solution that does not work is a bug of the catalogue).
 */
import type { FormResult, OutsideWorldState, PhotoSubject, SpokenRequestForm, Upload } from '../outside';
import { resolveText } from './facts';
import type { ScenarioWorld, WorldView } from './scenarioWorld';
import type { WorldCommand } from './scenarioTypes';

export class SolutionError extends Error {}

function expectOk<F extends string, V>(command: WorldCommand, result: FormResult<F, V>): V {
  if (result.ok) return result.value;
  const problems = Object.entries(result.errors)
    .map(([field, message]) => `${field}: ${String(message)}`)
    .join('; ');
  throw new SolutionError(`${command} was refused: ${problems}`);
}

/** The order e-mail's receipt, as the upload pickers offer it. */
function receipt(outside: OutsideWorldState): Upload {
  const mail = outside.mailbox.find((email) => email.kind === 'order-confirmation');
  const attachment = mail?.attachments[0];
  if (!mail || !attachment) throw new SolutionError('The inbox has no order e-mail with a receipt.');
  return { source: 'attachment', emailId: mail.id, attachmentId: attachment.id };
}

/** The newest photo of `subject` in the photo roll. */
function photo(outside: OutsideWorldState, subject: PhotoSubject): Upload {
  const newest = outside.photos.filter((taken) => taken.subject === subject).at(-1);
  if (!newest) throw new SolutionError(`The photo roll has no photo of the ${subject}.`);
  return { source: 'photo', photoId: newest.id };
}

/** What the caller reads out and types: the customer's name and phone, the recorder's facts. */
function spoken(view: WorldView): SpokenRequestForm {
  const { account } = view.outside;
  return {
    firstName: account.firstName,
    lastName: account.lastName,
    phoneNumber: account.phone,
    modelNumber: resolveText(view, '{modelId}'),
    deviceId: resolveText(view, '{deviceId}'),
    serialNumber: resolveText(view, '{serialNumber}'),
    dateDisplayed: resolveText(view, '{displayedDate}'),
  };
}

function recorderAppDevice(view: WorldView): string {
  const device = view.outside.appDevices.find(
    (candidate) => candidate.kind === 'recorder' && candidate.deviceId === view.recorder.context.unit.deviceId,
  );
  if (!device) throw new SolutionError('The recorder is not in the mobile app.');
  return device.id;
}

export async function runWorldCommand(world: ScenarioWorld, command: WorldCommand): Promise<void> {
  const view = world.view();
  const { outside } = world;
  const email = resolveText(view, '{customerEmail}');
  switch (command) {
    case 'website.signIn':
      expectOk(command, await outside.signIn({ email, password: resolveText(view, '{customerPassword}') }));
      return;
    case 'website.activateWarranty':
      expectOk(
        command,
        await outside.activateWarranty({
          modelNumber: resolveText(view, '{modelId}'),
          serialNumber: resolveText(view, '{serialNumber}'),
          dateOfPurchase: resolveText(view, '{purchaseDate}'),
          billOfSale: receipt(view.outside),
        }),
      );
      return;
    case 'website.submitResetRequest':
      expectOk(
        command,
        await outside.submitResetRequest({
          ...spoken(view),
          proofOfPurchase: receipt(view.outside),
          deviceInfoScreen: photo(view.outside, 'info-screen'),
          informationSticker: photo(view.outside, 'sticker'),
        }),
      );
      return;
    case 'desk.phoneCall':
      expectOk(
        command,
        await outside.takePhoneRequest({
          ...spoken(view),
          deviceInfoScreen: photo(view.outside, 'info-screen'),
          informationSticker: photo(view.outside, 'sticker'),
        }),
      );
      return;
    case 'website.requestPasswordCode':
      expectOk(command, await outside.requestWebsitePasswordCode({ email }));
      return;
    case 'website.resetPassword':
      expectOk(
        command,
        await outside.resetWebsitePassword({
          email,
          code: resolveText(view, '{verificationCode}'),
          newPassword: resolveText(view, '{newAccountPassword}'),
        }),
      );
      return;
    case 'app.logIn':
      expectOk(command, await outside.appLogIn({ email, password: resolveText(view, '{customerPassword}') }));
      return;
    case 'app.sendDevicePasswordReset':
      expectOk(
        command,
        await outside.sendDevicePasswordReset(recorderAppDevice(view), resolveText(view, '{displayedDate}')),
      );
      return;
    case 'app.verifyRecorder': {
      const code = view.recorder.context.appVerification?.code;
      if (!code) throw new SolutionError('The recorder shows no verification code.');
      world.sendToRecorder(expectOk(command, await outside.verifyRecorderFromApp(recorderAppDevice(view), code)));
      return;
    }
    case 'app.requestPasswordCode':
      expectOk(
        command,
        await outside.requestAppPasswordCode({ email, newPassword: resolveText(view, '{newAccountPassword}') }),
      );
      return;
    case 'app.confirmPasswordCode':
      expectOk(command, await outside.confirmAppPasswordCode({ email, code: resolveText(view, '{verificationCode}') }));
      return;
    case 'app.addWifiCamera': {
      const camera = view.cameras.find((candidate) => candidate.kind === 'wifi' && candidate.pairing);
      if (!camera) throw new SolutionError('No Wi-Fi camera is in pairing mode.');
      expectOk(
        command,
        await outside.addAppDevice({ kind: 'wifi-camera', modelId: camera.model, serialNumber: camera.serial }),
      );
      const added = world.addCameraToAccount(camera.index);
      if (!added.ok) throw new SolutionError(added.message ?? 'The camera was not added.');
      return;
    }
  }
}
