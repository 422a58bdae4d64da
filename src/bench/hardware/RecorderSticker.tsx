/**
 * The information sticker on the recorder (docs/accessible-names.md, seed 000: "Device ID: Located on the QR code sticker attached
 * to the outside of your recorder"), drawn as SVG: model, serial number, Device ID with its QR code (made by the
 * `qrcode` library, error correction M), MAC address and the manufacture month. Our own layout, no vendor artwork.
 *
 * The SVG is an image named "Information sticker"; its texts are SVG text (in the DOM, selectable). The component
 * forwards a ref to the <svg> so "Take photo of the sticker" can serialize exactly this drawing (stickerPhoto.ts).
 */
import QRCode from 'qrcode';
import { forwardRef } from 'react';
import { RECORDER_MODELS, type RecorderModelId, type UnitIdentity } from '../../../firmware';

export const STICKER_WIDTH = 320;
export const STICKER_HEIGHT = 150;
const QR_SIZE = 96;

function QrCode({ text, x, y }: { text: string; x: number; y: number }) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = QR_SIZE / modules.size;
  const path: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) path.push(`M${x + column * cell} ${y + row * cell}h${cell}v${cell}h${-cell}z`);
    }
  }
  return <path d={path.join('')} fill="#000" shapeRendering="crispEdges" />;
}

export interface StickerProps {
  readonly unit: UnitIdentity;
  readonly modelId: RecorderModelId;
  /** Outlines the line "Model" (the scenarios page shows where the model number is). */
  readonly highlight?: 'model';
  /** The image's accessible name (default "Information sticker": the bench has one sticker). */
  readonly label?: string;
}

export const RecorderSticker = forwardRef<SVGSVGElement, StickerProps>(function RecorderSticker(
  { unit, modelId, highlight, label = 'Information sticker' },
  ref,
) {
  const kind = RECORDER_MODELS[modelId].kind === 'NVR' ? 'Network Video Recorder' : 'Digital Video Recorder';
  const lines = [
    `Model: ${modelId}`,
    `S/N: ${unit.serialNumber}`,
    `Device ID: ${unit.deviceId}`,
    `MAC: ${unit.macAddress}`,
    `Made: 20${unit.manufacturedYearMonth.slice(0, 2)}-${unit.manufacturedYearMonth.slice(2)}`,
  ];
  return (
    <svg
      ref={ref}
      className="recorder-sticker"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${STICKER_WIDTH} ${STICKER_HEIGHT}`}
      width={STICKER_WIDTH}
      height={STICKER_HEIGHT}
      role="img"
      aria-label={label}
    >
      <rect x={0.5} y={0.5} width={STICKER_WIDTH - 1} height={STICKER_HEIGHT - 1} rx={6} fill="#fff" stroke="#999" />
      <text x={12} y={22} fontFamily="sans-serif" fontSize={13} fontWeight={700} fill="#111">
        {kind}
      </text>
      {highlight === 'model' && (
        <rect x={6} y={32} width={130} height={19} rx={3} fill="#fff3b0" stroke="#b08800" strokeWidth={2} />
      )}
      {lines.map((line, index) => (
        <text key={line} x={12} y={46 + index * 20} fontFamily="monospace" fontSize={11} fill="#111">
          {line}
        </text>
      ))}
      <rect x={STICKER_WIDTH - QR_SIZE - 16} y={30} width={QR_SIZE + 8} height={QR_SIZE + 8} fill="#fff" />
      <QrCode text={unit.deviceId} x={STICKER_WIDTH - QR_SIZE - 12} y={34} />
    </svg>
  );
});
