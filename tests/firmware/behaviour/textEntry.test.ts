/** Typing: the accessible field, a physical keyboard, and the recorder's on-screen keyboard. */
import { describe, expect, it } from 'vitest';
import { DEVICE_INIT, drive, keyboardKeyControl, KEYBOARD, rules } from '../../../firmware';
import { FAST, STATE } from '../support';

const value = (driver: ReturnType<typeof drive>, control: string) =>
  driver.recorder.snapshot().context.form.values[control];

describe('a text field', () => {
  it('opens the on-screen keyboard when clicked, and its keys type into it', async () => {
    const driver = drive(FAST).boot().send({ type: 'ACTIVATE', control: DEVICE_INIT.password });
    await driver.check((model) => expect(model.layers.at(-1)).toMatchObject({ kind: 'keyboard', target: 'Password' }));
    await driver
      .send({ type: 'ACTIVATE', control: keyboardKeyControl('a') })
      .send({ type: 'ACTIVATE', control: KEYBOARD.shift })
      .send({ type: 'ACTIVATE', control: keyboardKeyControl('B') })
      .send({ type: 'ACTIVATE', control: KEYBOARD.symbols })
      .send({ type: 'ACTIVATE', control: keyboardKeyControl('#') })
      .send({ type: 'ACTIVATE', control: KEYBOARD.backspace })
      .send({ type: 'ACTIVATE', control: keyboardKeyControl('!') });
    expect(value(driver, DEVICE_INIT.password)).toBe('aB!');
    await driver
      .send({ type: 'ACTIVATE', control: KEYBOARD.enter })
      .check((model) => expect(model.layers.at(-1)?.kind).toBe('dialog'));
  });

  it('takes typing from a physical keyboard into the focused field', async () => {
    const driver = drive(FAST)
      .boot()
      .send({ type: 'ACTIVATE', control: DEVICE_INIT.confirmPassword })
      .send({ type: 'TYPE_TEXT', text: 'x' })
      .send({ type: 'TYPE_TEXT', text: 'y' })
      .send({ type: 'ERASE' });
    await driver;
    expect(value(driver, DEVICE_INIT.confirmPassword)).toBe('x');
  });

  it('refuses over-long or odd text with a message and keeps what was there', async () => {
    const driver = drive(FAST).boot().fill('Password', 'Kept1234');
    await driver.fill('Password', 'x'.repeat(rules.TEXT_FIELD_MAX_LENGTH + 1)).expectAlert(/at most 64 characters/);
    expect(value(driver, DEVICE_INIT.password)).toBe('Kept1234');
    await driver.fill('Password', 'emoji😀').expectAlert(/Only letters, numbers/);
    expect(value(driver, DEVICE_INIT.password)).toBe('Kept1234');
  });

  it('ignores typing for fields that are not on screen', async () => {
    const driver = drive(FAST).boot().send({ type: 'SET_FIELD', control: 'login.password', value: 'sneaky' });
    await driver.expectIn(STATE.deviceInitPassword);
    expect(driver.recorder.snapshot().context.form.values).toEqual({});
  });
});

describe('the remote (arrow keys and Enter)', () => {
  it('moves the highlight through the controls and activates the highlighted one', async () => {
    const driver = drive(FAST).boot().fill('Password', 'Camera2026').fill('Confirm Password', 'Camera2026');
    await driver
      .send({ type: 'MOVE_FOCUS', direction: 'next' })
      .check((_, snapshot) => expect(snapshot.context.focus).toBe(DEVICE_INIT.password))
      .send({ type: 'MOVE_FOCUS', direction: 'previous' })
      .check((_, snapshot) => expect(snapshot.context.focus).toBe(DEVICE_INIT.next))
      .check((model) => expect(JSON.stringify(model)).toContain('"focused":true'))
      .send({ type: 'CONFIRM' })
      .expectIn(STATE.deviceInitSummary);
  });
});
