/** The Quick Menu, Info, the Main Menu tree and the Shutdown dialog. */
import { describe, expect, it } from 'vitest';
import { BACKGROUND, liveControls } from '../../../firmware';
import { initializedRecorder, logIn, STATE } from '../support';

describe('the Quick Menu', () => {
  it('opens where the right click was and lists Main Menu and Info', async () => {
    await initializedRecorder()
      .rightClick({ x: 300, y: 200 })
      .expectIn(STATE.quickMenu)
      .check((model) => {
        const menu = model.layers.find((layer) => layer.kind === 'quickMenu');
        expect(menu).toMatchObject({ origin: { x: 300, y: 200 } });
        expect(
          liveControls(model)
            .filter((c) => c.enabled)
            .map((c) => c.label),
        ).toEqual(['Main Menu', 'Info']);
      });
  });

  it('closes on a click elsewhere, a right click, or Escape, and ignores disabled items', async () => {
    await initializedRecorder()
      .rightClick()
      .send({ type: 'ACTIVATE', control: BACKGROUND })
      .expectIn(STATE.liveView)
      .rightClick()
      .rightClick()
      .expectIn(STATE.liveView)
      .rightClick()
      .send({ type: 'BACK' })
      .expectIn(STATE.liveView)
      .rightClick()
      .send({ type: 'ACTIVATE', control: 'quickMenu.search' })
      .expectIn(STATE.quickMenu);
  });
});

describe('Info', () => {
  it('shows the unit without a login: Model, Device ID, Serial No., System Version, MAC Address', async () => {
    const driver = initializedRecorder();
    const { unit } = driver.recorder.snapshot().context;
    await driver
      .rightClick()
      .click('Info')
      .expectIn(STATE.info)
      .expectValue('Model', 'LNR6108')
      .expectValue('Device ID', unit.deviceId)
      .expectValue('Serial No.', unit.serialNumber)
      .expectValue('System Version', 'V4.0.21.LX.250912')
      .expectValue('MAC Address', unit.macAddress)
      .check((model) => expect(JSON.stringify(model)).not.toContain(unit.secret))
      .click('Close')
      .expectIn(STATE.liveView);
  });
});

describe('the Main Menu', () => {
  it('walks down the tree and back up one level per right click', async () => {
    const driver = logIn(initializedRecorder()).click('Settings').click('System').click('Account').click('User');
    await driver.check((_, snapshot) =>
      expect(snapshot.context.menuPath).toEqual(['settings', 'system', 'account', 'user']),
    );
    await driver
      .rightClick()
      .check((_, snapshot) => expect(snapshot.context.menuPath).toEqual(['settings', 'system', 'account']))
      .rightClick()
      .rightClick()
      .rightClick()
      .expectIn(STATE.menu)
      .check((_, snapshot) => expect(snapshot.context.menuPath).toEqual([]))
      .rightClick()
      .expectIn(STATE.liveView);
  });

  it('greys out what is not simulated and ignores clicks on it', async () => {
    await logIn(initializedRecorder())
      .check((model) => expect(liveControls(model).find((c) => c.label === 'Search')?.enabled).toBe(false))
      .send({ type: 'ACTIVATE', control: 'menu.node.search' })
      .check((_, snapshot) => expect(snapshot.context.menuPath).toEqual([]));
  });

  it('ignores an item that is not on screen (no jumping deep into the tree)', async () => {
    await logIn(initializedRecorder())
      .send({ type: 'ACTIVATE', control: 'menu.node.user' })
      .check((_, snapshot) => expect(snapshot.context.menuPath).toEqual([]));
  });
});

describe('the Shutdown dialog', () => {
  it('logs out back to live view, and the Main Menu then asks for the password again', async () => {
    await logIn(initializedRecorder())
      .click('Shutdown')
      .expectIn(STATE.shutdownDialog)
      .click('Logout')
      .expectIn(STATE.liveView)
      .rightClick()
      .click('Main Menu')
      .expectIn(STATE.login);
  });

  it('reboots', async () => {
    await logIn(initializedRecorder())
      .click('Shutdown')
      .click('Reboot')
      .expectIn(STATE.booting)
      .wait(5_000)
      .expectIn(STATE.liveView);
  });

  it('shuts down: no picture until the power is switched off and on', async () => {
    await logIn(initializedRecorder())
      .click('Shutdown')
      .click('Shutdown')
      .expectIn(STATE.halted)
      .check((model) => expect(model.signal).toBe(false))
      .powerOff()
      .boot()
      .expectIn(STATE.liveView);
  });

  it('closes on Cancel', async () => {
    await logIn(initializedRecorder()).click('Shutdown').click('Cancel').expectIn(STATE.menu);
  });
});

describe("the front panel's Info button", () => {
  it('opens Info from live view and from the Quick Menu, without a login', async () => {
    const driver = initializedRecorder();
    await driver
      .send({ type: 'INFO_BUTTON' })
      .expectIn(STATE.info)
      .expectValue('System Version', 'V4.0.21.LX.250912')
      .click('Close')
      .expectIn(STATE.liveView)
      .rightClick()
      .send({ type: 'INFO_BUTTON' })
      .expectIn(STATE.info);
  });

  it('is ignored in the Main Menu and on Info itself', async () => {
    await logIn(initializedRecorder())
      .expectIn(STATE.menu)
      .send({ type: 'INFO_BUTTON' })
      .expectIn(STATE.menu)
      .rightClick()
      .expectIn(STATE.liveView)
      .send({ type: 'INFO_BUTTON' })
      .send({ type: 'INFO_BUTTON' })
      .expectIn(STATE.info);
  });
});
