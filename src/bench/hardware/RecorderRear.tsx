/**
 * The recorder's rear (docs/accessible-names.md), drawn: the power inlet and switch (button "Power", aria-pressed = on), the LAN
 * port, the camera inputs per model (PoE ports on an NVR, BNC inputs on a DVR; one per channel), HDMI, the USB port
 * (button "USB", aria-pressed = the world's stick is in it, drawn in the port when inserted) and, on models that have
 * one, the mainboard reset button (button "Reset button", press and hold).
 */
import { useSelector } from '@xstate/react';
import { RECORDER_MODELS, type RecorderModel } from '../../../firmware';
import type { WorldSession } from '../../session/worldSession';
import { HoldButton } from '../HoldButton';
import { at, Placed } from './Placed';

const WIDTH = 560;
const HEIGHT = 120;
const LABEL = { fill: '#93a1af', fontSize: 9, fontFamily: 'sans-serif' } as const;

/** The camera inputs: two rows of PoE sockets or BNC connectors, from x = 200. */
function CameraInputs({ model }: { model: RecorderModel }) {
  const perRow = Math.ceil(model.channels / 2);
  const pitch = Math.min(26, 150 / perRow);
  return (
    <g>
      {Array.from({ length: model.channels }, (_, i) => {
        const x = 200 + (i % perRow) * pitch;
        const y = 30 + Math.floor(i / perRow) * 34;
        return model.cameraInputs === 'poe' ? (
          <rect key={i} x={x} y={y} width={pitch - 4} height={18} rx={1} fill="#0f1215" stroke="#5b6570" />
        ) : (
          <circle
            key={i}
            cx={x + pitch / 2 - 2}
            cy={y + 9}
            r={Math.min(9, pitch / 2 - 2)}
            fill="#b0b8c0"
            stroke="#5b6570"
          />
        );
      })}
      <text x={200} y={104} {...LABEL}>
        {model.cameraInputs === 'poe' ? `PoE 1-${model.channels}` : `VIDEO IN 1-${model.channels}`}
      </text>
    </g>
  );
}

function Drawing({ model, usbInserted, switchOn }: { model: RecorderModel; usbInserted: boolean; switchOn: boolean }) {
  return (
    <>
      <rect x={1} y={1} width={WIDTH - 2} height={HEIGHT - 2} rx={6} fill="#2a2f36" stroke="#3a4048" />
      {/* power inlet and rocker switch */}
      <rect x={16} y={30} width={36} height={26} rx={3} fill="#0f1215" stroke="#5b6570" />
      <text x={16} y={104} {...LABEL}>
        DC 12V
      </text>
      <rect x={64} y={26} width={28} height={38} rx={3} fill={switchOn ? '#1d3a26' : '#3a1d1d'} stroke="#5b6570" />
      {/* LAN */}
      <rect x={110} y={34} width={26} height={20} rx={1} fill="#0f1215" stroke="#5b6570" />
      <text x={110} y={104} {...LABEL}>
        LAN
      </text>
      <CameraInputs model={model} />
      {/* HDMI */}
      <path d="M380 34 h34 v12 l-4 6 h-26 l-4 -6 z" fill="#0f1215" stroke="#5b6570" />
      <text x={380} y={104} {...LABEL}>
        HDMI
      </text>
      {/* USB port, with the stick in it when inserted */}
      <rect x={440} y={36} width={24} height={10} fill="#0f1215" stroke="#5b6570" />
      {usbInserted && <rect x={436} y={14} width={32} height={24} rx={3} fill="#2f6fb0" stroke="#9cc3e6" />}
      <text x={440} y={104} {...LABEL}>
        USB
      </text>
    </>
  );
}

export function RecorderRear({ session }: { session: WorldSession }) {
  const switchOn = useSelector(session.actor, (snapshot) => snapshot.context.powerSwitchOn);
  // The stick in the port is the firmware's (a backup adds to it); out of the port, the session keeps the world's.
  const stickInPort = useSelector(session.actor, (snapshot) => snapshot.context.usbStick);
  const usbInserted = stickInPort !== null;
  const stickFiles = (stickInPort ?? session.usb.stick).files.map((file) => file.name).join(', ');
  const model = RECORDER_MODELS[session.world.recorder.modelId];
  return (
    <Placed
      width={WIDTH}
      height={HEIGHT}
      className="recorder-rear"
      drawing={<Drawing model={model} usbInserted={usbInserted} switchOn={switchOn} />}
    >
      <button
        type="button"
        className={`power-switch ${switchOn ? 'power-switch-on' : ''}`}
        style={at(56, 68, 56, 24)}
        aria-pressed={switchOn}
        onClick={() => session.setPowerSwitch(!switchOn)}
      >
        Power
      </button>
      <span className="rear-label" style={at(64, 8)}>
        {switchOn ? 'I (on)' : 'O (off)'}
      </span>
      <button
        type="button"
        className={`usb-port ${usbInserted ? 'usb-port-in' : ''}`}
        style={at(432, 56, 44, 24)}
        aria-pressed={usbInserted}
        title={`USB stick ${usbInserted ? 'in the port' : 'beside the recorder'}: ${stickFiles}`}
        onClick={() => session.setUsbInserted(!usbInserted)}
      >
        USB
      </button>
      {model.hasResetButton && (
        <span style={at(474, 8)}>
          <HoldButton
            className="reset-button"
            onDown={() => session.send({ type: 'RESET_BUTTON_DOWN' })}
            onUp={() => session.send({ type: 'RESET_BUTTON_UP' })}
          >
            Reset button
          </HoldButton>
        </span>
      )}
    </Placed>
  );
}
