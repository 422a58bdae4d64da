/**
 * Where the keyboard's focus lands when a dialog opens with nothing highlighted (src/input/focusFallback.ts): the login
 * dialog's Password, since its User Name is pre-filled with "admin" (typing there would append to it).
 */
import { describe, expect, it } from 'vitest';
import { layoutOsd } from '../../osd/layout/index';
import { fallbackControl } from '../../src/input/focusFallback';
import { initializedRecorder } from '../firmware/support';
import { OSD_FONT } from './osdFont';
import type { OsdModel, RecorderDriver } from '../../firmware';

async function modelOf(driver: RecorderDriver): Promise<OsdModel> {
  let seen: OsdModel | null = null;
  await driver.check((model) => {
    seen = model;
  });
  if (!seen) throw new Error('no model');
  return seen;
}

describe('the focus fallback of the Recorder screen', () => {
  it('lands on Password in the login dialog, User Name being pre-filled', async () => {
    const model = await modelOf(initializedRecorder().rightClick().click('Main Menu'));
    expect(fallbackControl(layoutOsd(model, OSD_FONT))).toBe('login.password');
  });

  it('lands on User Name when it is empty', async () => {
    const model = await modelOf(initializedRecorder().rightClick().click('Main Menu').fill('User Name', ''));
    expect(fallbackControl(layoutOsd(model, OSD_FONT))).toBe('login.userName');
  });

  it('lands on the first control where there is no field to fill (the Quick Menu)', async () => {
    const model = await modelOf(initializedRecorder().rightClick());
    expect(fallbackControl(layoutOsd(model, OSD_FONT))).toBe('quickMenu.mainMenu');
  });
});
