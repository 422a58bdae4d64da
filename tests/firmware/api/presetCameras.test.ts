/**
 * The `cameraAuthError` preset on a headless site: the camera on channel 1 still holds the credential of the old
 * admin password, so the recorder shows an authentication error on that tile, and nowhere else.
 */
import { describe, expect, it } from 'vitest';
import { buildPreset, newRecorderInput } from '../../../firmware';
import { IP_CAMERA_BOOT_MS } from '../../../firmware/camera/cameraCatalogue';
import { createHeadlessSite } from '../../../firmware/headless/site';
import { STATE } from '../support';

describe('the cameraAuthError preset', () => {
  it('boots to live view with channel 1 in authentication error', async () => {
    const options = { modelId: 'LNR6108', seed: 7, pbkdf2Iterations: 1_000 } as const;
    const preset = await buildPreset('cameraAuthError', options);
    const channel = preset.flash.channels[0];
    if (!channel?.credential || !channel.cameraSerial) throw new Error('The preset has no camera on channel 1.');
    const input = { ...newRecorderInput({ ...options, powerSwitchOn: true }), flash: preset.flash };
    const site = createHeadlessSite({
      ...options,
      input,
      cameras: [
        {
          model: 'E893AB',
          port: 1,
          persisted: {
            model: 'E893AB',
            serial: channel.cameraSerial,
            mac: '02:00:00:00:00:01',
            credential: channel.credential,
          },
        },
      ],
    });
    site.advance(input.bootDurationMs ?? 5_000);
    site.advance(IP_CAMERA_BOOT_MS);
    const snapshot = await site.settle();
    expect(snapshot.matches(STATE.liveView)).toBe(true);
    const layer = site.recorder.osdModel().layers.find((candidate) => candidate.kind === 'liveView');
    const tiles = layer?.kind === 'liveView' ? layer.tiles : [];
    expect(tiles.map((tile) => tile.authError)).toEqual(tiles.map((_, index) => index === 0));
    site.stop();
  });
});
