/**
 * Runs a solution's actions on a ScenarioWorld: the recorder's controls by their labels (as the accessible overlay
 * sends them), the hardware, the cameras, time and the other places' forms. Every action waits for the world to
 * settle, so the next one sees what the first one did. A control that is not on screen, or is disabled, throws
 * SolutionError with what the screen offers instead.
 */
import { liveControls, type OsdControl, type OsdControlRole } from '../firmware';
import { resolveText } from './facts';
import type { ScenarioAction } from './scenarioTypes';
import type { ScenarioWorld } from './scenarioWorld';
import { runWorldCommand, SolutionError } from './worldCommands';

/** Where a solution's right click lands: the centre of the 1280x720 screen. */
const SCREEN_CENTRE = { x: 640, y: 360 } as const;

function control(world: ScenarioWorld, label: string, role?: OsdControlRole): OsdControl {
  const live = liveControls(world.view().osd);
  const matches = live.filter((c) => c.label === label && (role === undefined || c.role === role));
  if (matches.length !== 1 || !matches[0]?.enabled) {
    const offered = live.map((c) => `${c.role} "${c.label}"${c.enabled ? '' : ' (disabled)'}`).join(', ');
    const problem =
      matches.length === 0 ? 'No control' : matches.length > 1 ? 'Several controls' : 'A disabled control';
    throw new SolutionError(`${problem} labelled "${label}" on the recorder's screen; it shows: ${offered || 'none'}.`);
  }
  return matches[0];
}

export async function runAction(world: ScenarioWorld, action: ScenarioAction): Promise<void> {
  switch (action.do) {
    case 'click':
      world.sendToRecorder({ type: 'ACTIVATE', control: control(world, action.name).id });
      break;
    case 'fill': {
      const value = resolveText(world.view(), action.text);
      world.sendToRecorder({ type: 'SET_FIELD', control: control(world, action.name, 'textbox').id, value });
      break;
    }
    case 'rightClick':
      world.sendToRecorder({ type: 'CONTEXT_MENU', ...SCREEN_CENTRE });
      break;
    case 'escape':
      for (let press = 0; press < action.times; press++) {
        world.sendToRecorder({ type: 'BACK' });
        await world.settle();
      }
      break;
    case 'power':
      world.setPowerSwitch(action.on);
      break;
    case 'usb':
      world.setUsbInserted(action.inserted);
      break;
    case 'mainboardReset':
      world.sendToRecorder({ type: 'RESET_BUTTON_DOWN' });
      await world.settle();
      world.advance(action.holdMs);
      await world.settle();
      world.sendToRecorder({ type: 'RESET_BUTTON_UP' });
      break;
    case 'wait':
      world.advance(action.ms);
      break;
    case 'camera':
      world.camera(action.camera, action.act);
      break;
    case 'photo':
      await world.settle();
      await world.takePhoto(action.subject);
      break;
    case 'world':
      await runWorldCommand(world, action.command);
      break;
  }
  await world.settle();
}

/** Runs actions one after another. */
export async function runActions(world: ScenarioWorld, actions: readonly ScenarioAction[]): Promise<void> {
  for (const action of actions) await runAction(world, action);
}

export { SolutionError };
