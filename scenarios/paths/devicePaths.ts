/**
 * The paths of the cameras and the account, the same in every family: P8 (an IP camera on the NVR, seeds 000 and
 * 004), P9 (the Wi-Fi camera, seed 000) and P10 (the mobile-app account password, seed 000).
 */
import { IP_CAMERA_BOOT_MS, IP_CAMERA_RESET_RESTART_MS, type RecorderModelId } from '../../firmware';
import { checks } from '../checks';
import { P8_HOLD_MS, P9_HOLD_MS } from '../lessonValues';
import { worldCameraIndex } from './family';
import type { PathScenario } from './pathScenario';

export function p8(modelId: RecorderModelId): PathScenario {
  const camera = worldCameraIndex(modelId, 'E893AB');
  return {
    path: 'P8',
    title: 'I want to reset my IP camera to its factory settings',
    problem: 'Reset an IP camera while it is on the NVR; the NVR adds it again with its own password.',
    start: { recorder: 'initialized', world: 'newWorld' },
    steps: [
      {
        instruction:
          'In Cameras, with the camera on the NVR: press and hold its Reset button, unplug the Ethernet cable and plug it back in, keep holding for 15 seconds, then let go.',
        source: 'seed 000',
        control: { place: 'cameras', name: 'Reset button' },
        hint: 'Keep holding while you re-plug the cable: the 15 seconds count from the re-plug.',
        check: checks.cameraRestarting(camera),
        solution: [
          { do: 'camera', camera, act: 'pressReset' },
          { do: 'camera', camera, act: 'unplugEthernet' },
          { do: 'camera', camera, act: 'plugEthernet' },
          { do: 'wait', ms: P8_HOLD_MS },
          { do: 'camera', camera, act: 'releaseReset' },
        ],
      },
      {
        instruction:
          'Wait while the camera restarts with its defaults: the NVR adds it again with its own password and the channel comes back online.',
        source: 'seed 004',
        control: { place: 'cameras', name: 'Advance 10 minutes' },
        hint: 'The restart takes about 2 minutes: Advance 10 minutes skips the wait.',
        check: checks.cameraAddedAgain(camera),
        solution: [{ do: 'wait', ms: IP_CAMERA_RESET_RESTART_MS + IP_CAMERA_BOOT_MS }],
      },
    ],
  };
}

export function p9(modelId: RecorderModelId): PathScenario {
  const camera = worldCameraIndex(modelId, 'W462AQC');
  return {
    path: 'P9',
    title: 'I want to reset my Wi-Fi camera',
    problem: 'A Wi-Fi camera has no password to reset: reset it, then add it again in the mobile app.',
    start: { recorder: 'initialized', world: 'appSignedIn' },
    steps: [
      {
        instruction:
          'In Cameras, press and hold the Wi-Fi camera\u2019s Reset button for 10 seconds, until it chimes and its light flashes green.',
        source: 'seed 000',
        control: { place: 'cameras', name: 'Reset button' },
        hint: 'There is no way to reset only the password of a Wi-Fi camera: the reset restores all its defaults.',
        check: checks.wifiCameraPairing(camera),
        solution: [
          { do: 'camera', camera, act: 'pressReset' },
          { do: 'wait', ms: P9_HOLD_MS },
          { do: 'camera', camera, act: 'releaseReset' },
        ],
      },
      {
        instruction: 'In the Mobile App, set the camera up as a new device: Add New Device, then add the camera.',
        source: 'seed 000',
        control: { place: 'app', name: 'Add New Device' },
        hint: 'The app lists the cameras in pairing mode near the phone.',
        check: checks.wifiCameraAddedAgain(camera),
        solution: [{ do: 'world', command: 'app.addWifiCamera' }],
      },
    ],
  };
}

export function p10(): PathScenario {
  return {
    path: 'P10',
    title: 'I forgot my mobile-app account password',
    problem: 'Reset the account password in the app with a code sent by e-mail; the website uses the same account.',
    start: { recorder: 'initialized', world: 'newWorld' },
    steps: [
      {
        instruction:
          'In the Mobile App, tap Forgot Password, enter your e-mail and a new password, and tap Get Activation Code.',
        source: 'seed 000',
        control: { place: 'app', name: 'Forgot Password' },
        hint: 'The code goes to the account\u2019s e-mail address.',
        check: checks.mailArrived('verification-code', 'the verification-code e-mail arrived'),
        solution: [{ do: 'world', command: 'app.requestPasswordCode' }],
      },
      {
        instruction: 'Open the e-mail, type the 6-digit Verification Code in the app, and tap OK.',
        source: 'seed 000',
        control: { place: 'app', name: 'Verification Code' },
        hint: 'The code is valid for 10 minutes; 5 wrong tries void it.',
        check: checks.accountPasswordChanged(),
        solution: [{ do: 'world', command: 'app.confirmPasswordCode' }],
      },
    ],
  };
}
