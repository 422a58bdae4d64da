/**
 * Drawings of the cameras (our own, no vendor artwork), SVG: the E893AB IP bullet camera with its reset button and
 * Ethernet lead (the plug drawn in its socket or hanging loose), the analog camera with its BNC lead, and the W462AQC
 * Wi-Fi camera. Each draws its status LED in the colour and blink of `led`. Decorative: the readable LED, buttons and
 * cable are real controls beside it, so the SVG is hidden from assistive technology.
 */
import type { CameraLed, CameraView } from '../../../firmware';

const LED_FILL: Readonly<Record<CameraLed, string>> = {
  off: '#2b2b2b',
  blinking: '#f2a900',
  solid: '#2ecc40',
  flashingGreen: '#2ecc40',
};

function Led({ x, y, led }: { x: number; y: number; led: CameraLed }) {
  return <circle cx={x} cy={y} r={5} fill={LED_FILL[led]} className={`camera-led-dot camera-led-${led}`} />;
}

function IpCamera({ camera }: { camera: CameraView }) {
  const plugged = camera.ethernetPlugged === true;
  return (
    <>
      {/* mount and arm */}
      <rect x={20} y={96} width={60} height={10} rx={3} fill="#9aa0a6" />
      <rect x={44} y={70} width={12} height={30} fill="#b0b5ba" />
      {/* bullet body, sun shield, lens */}
      <rect x={30} y={40} width={130} height={40} rx={18} fill="#eceff1" stroke="#8a9096" />
      <path d="M26 40 h140 v-6 q0 -6 -6 -6 h-128 q-6 0 -6 6 z" fill="#d5d9dc" stroke="#8a9096" />
      <circle cx={160} cy={60} r={16} fill="#1d2227" />
      <circle cx={160} cy={60} r={8} fill="#3b4a5a" />
      <Led x={132} y={72} led={camera.led} />
      {/* reset button under the body */}
      <rect x={84} y={80} width={12} height={5} rx={1} fill="#c62828" />
      {/* Ethernet lead: socket on the cable from the base, plug in or out */}
      <path d="M30 60 C 10 60, 10 130, 40 130 L 70 130" fill="none" stroke="#455a64" strokeWidth={4} />
      <rect x={70} y={122} width={22} height={16} rx={2} fill="#607d8b" />
      <g transform={plugged ? 'translate(0 0)' : 'translate(36 14) rotate(20 110 130)'}>
        <rect x={92} y={124} width={18} height={12} fill="#cfd8dc" stroke="#78909c" />
        <path d="M110 130 C 140 130, 150 150, 190 150" fill="none" stroke="#1565c0" strokeWidth={4} />
      </g>
    </>
  );
}

function AnalogCamera({ camera }: { camera: CameraView }) {
  return (
    <>
      <ellipse cx={100} cy={70} rx={60} ry={14} fill="#cfd8dc" stroke="#8a9096" />
      <path d="M50 70 a50 44 0 0 0 100 0 z" fill="#263238" />
      <circle cx={100} cy={92} r={12} fill="#37474f" />
      <Led x={136} y={72} led={camera.led} />
      <path d="M100 56 C 100 30, 150 30, 190 30" fill="none" stroke="#212121" strokeWidth={4} />
      <rect x={176} y={24} width={14} height={12} rx={2} fill="#b0bec5" />
    </>
  );
}

function WifiCamera({ camera }: { camera: CameraView }) {
  return (
    <>
      <rect x={60} y={30} width={80} height={90} rx={16} fill="#fafafa" stroke="#8a9096" />
      <circle cx={100} cy={70} r={22} fill="#1d2227" />
      <circle cx={100} cy={70} r={10} fill="#3b4a5a" />
      <Led x={100} y={106} led={camera.led} />
      <line x1={132} y1={34} x2={150} y2={10} stroke="#8a9096" strokeWidth={3} />
      <rect x={70} y={120} width={60} height={14} rx={4} fill="#cfd8dc" />
      {/* reset pinhole on the back edge */}
      <circle cx={70} cy={112} r={3} fill="#c62828" />
    </>
  );
}

export function CameraPicture({ camera }: { camera: CameraView }) {
  return (
    <svg className="camera-picture" viewBox="0 0 200 160" width={200} height={160} aria-hidden="true" focusable="false">
      {camera.kind === 'ip' && <IpCamera camera={camera} />}
      {camera.kind === 'analog' && <AnalogCamera camera={camera} />}
      {camera.kind === 'wifi' && <WifiCamera camera={camera} />}
    </svg>
  );
}
