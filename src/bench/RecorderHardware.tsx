/**
 * The recorder's hardware under the monitor (SPEC §6.2, §6.3), in the region "Recorder hardware":
 *
 *   front  model, the power and HDD LEDs (from the firmware's hardwareStatus; readable as "Power LED: on",
 *          "HDD LED: active"...; flashing while the mainboard reset is held), the Info button (opens Info)
 *   rear   the power switch (button "Power", aria-pressed = on), the USB port (button "USB", aria-pressed = the
 *          world's stick is in it), the mainboard reset button (button "Reset button", press and hold) on models
 *          that have one
 */
import { useSelector } from '@xstate/react';
import { hardwareStatus, RECORDER_MODELS } from '../../firmware';
import type { WorldSession } from '../world/worldSession';
import { HoldButton } from './HoldButton';

function Led({ name, state }: { name: string; state: string }) {
  const label = `${name}: ${state}`;
  return <span role="img" className={`led led-${state}`} aria-label={label} title={label} />;
}

export function RecorderHardware({ session }: { session: WorldSession }) {
  const switchOn = useSelector(session.actor, (snapshot) => snapshot.context.powerSwitchOn);
  // The stick in the port is the firmware's (a backup adds to it); out of the port, the session keeps the world's.
  const stickInPort = useSelector(session.actor, (snapshot) => snapshot.context.usbStick);
  const usbInserted = stickInPort !== null;
  const stickFiles = (stickInPort ?? session.usb.stick).files.map((file) => file.name).join(', ');
  const powerLed = useSelector(session.actor, (snapshot) => hardwareStatus(snapshot).powerLed);
  const hddLed = useSelector(session.actor, (snapshot) => hardwareStatus(snapshot).hddLed);
  const model = RECORDER_MODELS[session.world.recorder.modelId];
  return (
    <section className="hardware" aria-label="Recorder hardware">
      <div className="recorder-front">
        <span className="recorder-brand">{model.id}</span>
        <span className="recorder-description">{model.description}</span>
        <Led name="Power LED" state={powerLed} />
        <Led name="HDD LED" state={hddLed} />
        <button type="button" className="panel-button" onClick={() => session.send({ type: 'INFO_BUTTON' })}>
          Info
        </button>
      </div>
      <div className="recorder-rear">
        <button
          type="button"
          className={`power-switch ${switchOn ? 'power-switch-on' : ''}`}
          aria-pressed={switchOn}
          onClick={() => session.setPowerSwitch(!switchOn)}
        >
          Power
        </button>
        <span className="rear-label">{switchOn ? 'I (on)' : 'O (off)'}</span>
        <button
          type="button"
          className={`usb-port ${usbInserted ? 'usb-port-in' : ''}`}
          aria-pressed={usbInserted}
          title={`USB stick ${usbInserted ? 'in the port' : 'beside the recorder'}: ${stickFiles}`}
          onClick={() => session.setUsbInserted(!usbInserted)}
        >
          USB
        </button>
        {model.hasResetButton && (
          <HoldButton
            className="reset-button"
            onDown={() => session.send({ type: 'RESET_BUTTON_DOWN' })}
            onUp={() => session.send({ type: 'RESET_BUTTON_UP' })}
          >
            Reset button
          </HoldButton>
        )}
      </div>
    </section>
  );
}
