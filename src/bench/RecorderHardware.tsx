/**
 * The recorder's hardware under the monitor (docs/accessible-names.md), in the region "Recorder hardware": drawings of the
 * front (hardware/RecorderFront: power and HDD LEDs "Power LED: on"..., the Info button), the rear
 * (hardware/RecorderRear: the power switch "Power" with aria-pressed, LAN, PoE ports or BNC inputs, HDMI, the USB port
 * "USB" with aria-pressed, the mainboard "Reset button" on models that have one) and the information sticker
 * (hardware/RecorderSticker: model, serial, Device ID with its QR code, MAC), with the real controls placed on them.
 */
import type { Ref } from 'react';
import type { WorldSession } from '../session/worldSession';
import { RecorderFront } from './hardware/RecorderFront';
import { RecorderRear } from './hardware/RecorderRear';
import { RecorderSticker } from './hardware/RecorderSticker';
import './hardware/hardware.css';

export function RecorderHardware({
  session,
  stickerRef,
  panelsRef,
}: {
  session: WorldSession;
  /** The sticker's <svg>, for "Take photo of the sticker". */
  stickerRef?: Ref<SVGSVGElement>;
  /** The front and rear together (the controls a step needs), which the page keeps in view with the screen. */
  panelsRef?: Ref<HTMLDivElement>;
}) {
  const { recorder } = session.world;
  return (
    <section className="hardware" aria-label="Recorder hardware">
      <div className="hardware-views">
        <div className="hardware-panels" ref={panelsRef}>
          <figure className="hardware-view">
            <figcaption>Front</figcaption>
            <RecorderFront session={session} />
          </figure>
          <figure className="hardware-view">
            <figcaption>Rear</figcaption>
            <RecorderRear session={session} />
          </figure>
        </div>
        <figure className="hardware-view">
          <figcaption>Sticker (on the bottom)</figcaption>
          <RecorderSticker ref={stickerRef} unit={recorder.unit} modelId={recorder.modelId} />
        </figure>
      </div>
    </section>
  );
}
