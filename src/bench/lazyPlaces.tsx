/**
 * The places other than the Recorder, each in its own chunk, loaded after the OSD's first frame
 * (src/osd/firstFrame.ts): the recorder's screen is what the page shows first, and only it should wait for
 * JavaScript. Each place gets its props unchanged and stays mounted; until its chunk has arrived it shows
 * "Loading…".
 */
import { lazy, Suspense, type ComponentType, type FunctionComponent } from 'react';
import { afterFirstOsdFrame } from '../osd/firstFrame';

function deferredPlace<Props extends object>(load: () => Promise<ComponentType<Props>>): FunctionComponent<Props> {
  const Place = lazy(() =>
    afterFirstOsdFrame()
      .then(load)
      .then((component) => ({ default: component })),
  );
  return function DeferredPlace(props: Props) {
    return (
      <Suspense fallback={<p className="place-loading">Loading…</p>}>
        <Place {...props} />
      </Suspense>
    );
  };
}

export const CamerasPlace = deferredPlace(() => import('../places/cameras/CamerasPlace').then((m) => m.CamerasPlace));
export const EmailPlace = deferredPlace(() => import('../places/email/EmailPlace').then((m) => m.EmailPlace));
export const MobileAppPlace = deferredPlace(() =>
  import('../places/mobileApp/MobileAppPlace').then((m) => m.MobileAppPlace),
);
export const SupportDeskPlace = deferredPlace(() =>
  import('../places/supportDesk/SupportDeskPlace').then((m) => m.SupportDeskPlace),
);
export const WebsitePlace = deferredPlace(() => import('../places/website/WebsitePlace').then((m) => m.WebsitePlace));
