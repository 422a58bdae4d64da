/**
 * The device clock (General > Date & Time), the System Log, System Info and Display. The date the recorder displays
 * is the one a temporary password is issued for (P3: support asks for it), so a wrong clock refuses today's code.
 */
import { describe, expect, it } from 'vitest';
import { drive, MemoryFlashStore, type OsdMenuPage, type OsdModel, type RecorderDriver } from '../../../firmware';
import { FAST, initializedRecorder, logIn, STATE } from '../support';
import { displayedDate, logOut, openCloudClockPage, supportCode } from './accessSupport';

const TEMPORARY_PROMPT = { on: { running: { ready: 'temporaryPasswordPrompt' } } } as const;

function pageOf(model: OsdModel): OsdMenuPage {
  const window = model.layers.find((layer) => layer.kind === 'menuWindow');
  if (window?.kind !== 'menuWindow' || !window.page) throw new Error('No menu page on screen.');
  return window.page;
}

function setClock(driver: RecorderDriver, date: string, time: string): RecorderDriver {
  return openCloudClockPage(logIn(driver)).fill('Date', date).fill('Time', time).click('Save');
}

/** From the Date & Time page (Settings > System > General) back to the Main Menu. */
function backToMainMenu(driver: RecorderDriver): RecorderDriver {
  return driver.send({ type: 'BACK' }).send({ type: 'BACK' }).send({ type: 'BACK' });
}

describe('the Date & Time page', () => {
  it('shows the device time in Date and Time, and saves a new date durably (world time does not move)', async () => {
    const recorder = initializedRecorder();
    await openCloudClockPage(logIn(recorder))
      .check((model) => {
        const [date, time] = pageOf(model).rows;
        expect(date).toMatchObject({ control: { label: 'Date', value: '2026-03-02' } });
        expect(time).toMatchObject({ control: { label: 'Time', value: expect.stringMatching(/^09:00:\d\d$/) } });
      })
      .fill('Date', '2026-01-15')
      .fill('Time', '08:30:00')
      .click('Save')
      .expectIn(STATE.menu)
      .check((_, snapshot) => {
        const { flash, now } = snapshot.context;
        expect(now + flash.clockOffsetMs).toBe(Date.UTC(2026, 0, 15, 8, 30, 0));
        expect(flash.systemLog.at(-1)).toMatchObject({ kind: 'clockChanged', user: 'admin' });
      })
      .powerOff()
      .boot()
      .expectValue('System Date', /^2026-01-15 08:30:/);
  });

  it.each([
    ['2026-02-30', '10:00:00', '2026-02-30 is not a date.'],
    ['15.01.2026', '10:00:00', 'Enter the date as YYYY-MM-DD.'],
    ['2026-01-15', '10:61:00', '10:61:00 is not a time of day.'],
    ['2040-01-01', '10:00:00', 'The year must be between 2000 and 2037.'],
  ])('refuses %s %s with "%s" and changes nothing', async (date, time, message) => {
    await setClock(initializedRecorder(), date, time)
      .expectAlert(message)
      .check((_, snapshot) => expect(snapshot.context.flash.clockOffsetMs).toBe(0));
  });

  it('opens fresh: what was typed and refused before is gone', async () => {
    await setClock(initializedRecorder(), '2026-02-30', '10:00:00')
      .expectAlert('2026-02-30 is not a date.')
      .send({ type: 'BACK' })
      .click('General')
      .expectAlert(null)
      .check((model) => expect(pageOf(model).rows[0]).toMatchObject({ control: { value: '2026-03-02' } }));
  });

  it('is admin-group only: Save is disabled for a user, and the firmware refuses it anyway', async () => {
    const recorder = drive({ ...FAST, modelId: 'LNR440' }).boot();
    await logIn(recorder, '000000', 'default')
      .click('Setting')
      .click('System')
      .click('Date/Time')
      .check((model) => expect(pageOf(model).buttons[0]).toMatchObject({ label: 'Save', enabled: false }))
      .send({ type: 'ACTIVATE', control: 'dateTime.save' })
      .expectAlert('Only an admin-group user can change this setting.')
      .check((_, snapshot) => expect(snapshot.context.flash.systemLog.at(-1)?.kind).toBe('login'));
  });
});

describe('P3: the date the recorder displays decides which temporary password works', () => {
  it('a wrong clock refuses the code for the real date and accepts the code for the date it displays', async () => {
    const recorder = initializedRecorder();
    const today = await supportCode(recorder);
    await logOut(backToMainMenu(setClock(recorder, '2026-01-15', '10:00:00')));
    expect(displayedDate(recorder)).toBe('2026-01-15');
    await logIn(recorder, today).expectAlert(/Wrong user name or password/);
    const displayed = await supportCode(recorder, '2026-01-15');
    await logIn(recorder.click('Cancel'), displayed).expectIn(TEMPORARY_PROMPT);
  });

  it('once the clock is fixed, the code for the real date works', async () => {
    const recorder = initializedRecorder();
    const today = await supportCode(recorder);
    await logOut(backToMainMenu(setClock(recorder, '2026-01-15', '10:00:00')));
    await logOut(backToMainMenu(setClock(recorder, '2026-03-02', '09:05:00')));
    await logIn(recorder, today).expectIn(TEMPORARY_PROMPT);
  });
});

describe('the System Log', () => {
  it('records boot, login, failures, the lock and logout with the device time, newest first', async () => {
    const recorder = initializedRecorder();
    let chain = recorder.rightClick().click('Main Menu');
    for (let i = 0; i < 5; i++) chain = chain.fill('Password', 'Wrong#1234').click('OK');
    await chain.powerOff().boot();
    await logOut(logIn(recorder));
    await logIn(recorder)
      .click('Info')
      .click('Log')
      .check((model, snapshot) => {
        const kinds = snapshot.context.flash.systemLog.map((entry) => entry.kind);
        expect(kinds).toEqual([
          ...['boot', 'loginFailure', 'loginFailure', 'loginFailure', 'loginFailure', 'accountLocked'],
          ...['boot', 'login', 'logout', 'login'],
        ]);
        const page = pageOf(model);
        expect(page.table?.columns.map((column) => column.title)).toEqual(['Time', 'Event', 'User', 'Detail']);
        expect(page.table?.rows[0]?.cells.slice(1, 3)).toEqual(['Login', 'admin']);
        expect(page.table?.rows[0]?.cells[0]).toMatch(/^2026-03-02 09:\d\d:\d\d$/);
        expect(page.table?.rows.map((row) => row.cells[1])).toEqual([
          ...['Login', 'Logout', 'Login', 'Boot', 'Account Locked'],
          ...['Login Failed', 'Login Failed', 'Login Failed', 'Login Failed', 'Boot'],
        ]);
      });
  });

  it('pages ten entries at a time with Previous Page and Next Page', async () => {
    const recorder = initializedRecorder();
    for (let i = 0; i < 6; i++) await logOut(logIn(recorder));
    await logIn(recorder)
      .click('Info')
      .click('Log')
      .check((model, snapshot) => {
        expect(snapshot.context.flash.systemLog).toHaveLength(14);
        expect(pageOf(model).table?.rows).toHaveLength(10);
        expect(pageOf(model).buttons.map((button) => [button.label, button.enabled])).toEqual([
          ['Previous Page', false],
          ['Next Page', true],
        ]);
      })
      .expectValue('Page', '1 / 2')
      .click('Next Page')
      .expectValue('Page', '2 / 2')
      .check((model) => {
        expect(pageOf(model).table?.rows.map((row) => row.cells[1])).toEqual(['Login', 'Logout', 'Login', 'Boot']);
        expect(pageOf(model).buttons[1]).toMatchObject({ label: 'Next Page', enabled: false });
      })
      .send({ type: 'ACTIVATE', control: 'systemLog.nextPage' })
      .expectValue('Page', '2 / 2')
      .click('Previous Page')
      .expectValue('Page', '1 / 2');
  });
});

describe('System Info', () => {
  it('shows the Info data with the installed firmware version and the Device ID QR code', async () => {
    const recorder = initializedRecorder();
    await logIn(recorder)
      .click('Info')
      .click('System Info')
      .check((model, snapshot) => {
        const { unit, flash } = snapshot.context;
        const page = pageOf(model);
        expect(page.rows.map((row) => (row.kind === 'value' || row.kind === 'qr' ? row.value.label : ''))).toEqual([
          'Device Name',
          'Model',
          'Device ID',
          'Serial No.',
          'System Version',
          'Build Date',
          'MAC Address',
          'HDD',
          'Device ID QR code',
        ]);
        expect(page.rows.at(-1)).toEqual({ kind: 'qr', value: { label: 'Device ID QR code', value: unit.deviceId } });
        expect(flash.firmware.version).not.toBe('');
      })
      .expectValue('Model', 'LNR6108')
      .expectValue('System Version', 'V4.0.21.LX.250912');
  });
});

describe('the Display page', () => {
  it('switches the output to 1920x1080, durably, for admin-group users', async () => {
    const recorder = initializedRecorder();
    await logIn(recorder)
      .click('Settings')
      .click('System')
      .click('Display')
      .check((model) => expect(model.resolution).toBe('1280x720'))
      .click('1920x1080')
      .expectIn(STATE.menu)
      .check((model, snapshot) => {
        expect(model.resolution).toBe('1920x1080');
        expect(snapshot.context.flash.settings.resolution).toBe('1920x1080');
      })
      .expectValue('Resolution', '1920x1080')
      .powerOff()
      .check((model) => expect(model).toMatchObject({ signal: false, resolution: '1920x1080' }));
  });

  it('refuses a user of the user group', async () => {
    const recorder = drive({ ...FAST, modelId: 'LNR440' }).boot();
    await logIn(recorder, '000000', 'default')
      .click('Setting')
      .click('Display')
      .send({ type: 'ACTIVATE', control: 'display.resolution.1920x1080' })
      .expectAlert('Only an admin-group user can change this setting.')
      .check((model) => expect(model.resolution).toBe('1280x720'));
  });

  it('keeps the old resolution and says so when the flash cannot be written', async () => {
    const flashStore = new MemoryFlashStore();
    const recorder = initializedRecorder({ ...FAST, flashStore });
    await logIn(recorder).click('Settings').click('System').click('Display');
    flashStore.failWith = new Error('flash worn out');
    await recorder
      .click('1920x1080')
      .expectIn(STATE.menu)
      .expectAlert('The setting could not be saved. Nothing was changed.')
      .check((model) => expect(model.resolution).toBe('1280x720'));
  });
});

describe('a log entry that cannot be written', () => {
  it('does not stop the login: the session starts, the entry is lost', async () => {
    const flashStore = new MemoryFlashStore();
    const recorder = initializedRecorder({ ...FAST, flashStore });
    await recorder;
    flashStore.failWith = new Error('flash worn out');
    await logIn(recorder)
      .expectIn(STATE.menu)
      .check((_, snapshot) => expect(snapshot.context.flash.systemLog.map((entry) => entry.kind)).toEqual(['boot']));
  });
});
