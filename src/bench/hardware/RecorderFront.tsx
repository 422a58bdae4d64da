/**
 * The recorder's front (docs/accessible-names.md), drawn: the chassis with the model and description, the power and HDD LEDs
 * (firmware hardwareStatus: "Power LED: on", "HDD LED: active"..., flashing while the mainboard reset is held) and the
 * front panel's Info button (opens Info from live view).
 */
import { useSelector } from '@xstate/react';
import { hardwareStatus, RECORDER_MODELS } from '../../../firmware';
import type { WorldSession } from '../../session/worldSession';
import { Led } from './Led';
import { at, Placed } from './Placed';

const WIDTH = 560;
const HEIGHT = 76;

const drawing = (
  <>
    <rect x={1} y={1} width={WIDTH - 2} height={HEIGHT - 2} rx={6} fill="#22272e" stroke="#3a4048" />
    <rect x={8} y={HEIGHT - 10} width={WIDTH - 16} height={3} fill="#14181c" />
    {/* ventilation slots */}
    {Array.from({ length: 6 }, (_, i) => (
      <rect key={i} x={320 + i * 12} y={20} width={6} height={34} rx={2} fill="#181c21" />
    ))}
    <text x={470} y={30} fill="#93a1af" fontSize={10} fontFamily="sans-serif">
      PWR
    </text>
    <text x={506} y={30} fill="#93a1af" fontSize={10} fontFamily="sans-serif">
      HDD
    </text>
  </>
);

export function RecorderFront({ session }: { session: WorldSession }) {
  const powerLed = useSelector(session.actor, (snapshot) => hardwareStatus(snapshot).powerLed);
  const hddLed = useSelector(session.actor, (snapshot) => hardwareStatus(snapshot).hddLed);
  const model = RECORDER_MODELS[session.world.recorder.modelId];
  return (
    <Placed width={WIDTH} height={HEIGHT} className="recorder-front" drawing={drawing}>
      <span className="recorder-brand" style={at(16, 14)}>
        {model.id}
      </span>
      <span className="recorder-description" style={at(16, 38)}>
        {model.description}
      </span>
      <Led name="Power LED" state={powerLed} style={at(474, 38)} />
      <Led name="HDD LED" state={hddLed} style={at(510, 38)} />
      <button
        type="button"
        className="panel-button"
        style={at(410, 26, 44, 26)}
        onClick={() => session.send({ type: 'INFO_BUTTON' })}
      >
        Info
      </button>
    </Placed>
  );
}
