/** The public Node API: creating a recorder, driving it, reading it, exporting and importing what it persists. */
import { describe, expect, it } from 'vitest';
import {
  createRecorder,
  importRecorder,
  MemoryFlashStore,
  parseRecorderDocument,
  RECORDER_DOCUMENT_FORMAT,
  RecorderDocumentError,
  SimulationClock,
  stateText,
} from '../../../firmware';
import { DEVICE_INIT } from '../../../firmware/controls/controlIds';
import { ADMIN_PASSWORD, keptWithSessionLog, logIn, STATE } from '../support';

const FAST = { seed: 7, pbkdf2Iterations: 1_000 } as const;

describe('creating a recorder', () => {
  it('boots a fresh recorder to Device Initialization and reads its screen', async () => {
    const recorder = await createRecorder({ modelId: 'LNR6108', ...FAST });
    expect(recorder.screen()).toMatchObject({
      state: 'on.running.deviceInit.passwordPage',
      layers: ['backdrop', 'dialog:Device Initialization'],
      alert: null,
      controls: ['textbox "Password"', 'textbox "Confirm Password"', 'button "Next"'],
      busy: false,
    });
    expect(recorder.osd().layers.at(-1)).toMatchObject({ kind: 'dialog', title: 'Device Initialization' });
  });

  it('stays off with boot: false, and runs on a shared world clock', async () => {
    const clock = new SimulationClock(Date.UTC(2027, 0, 1));
    const recorder = await createRecorder({ ...FAST, boot: false, clock });
    expect(recorder.state()).toBe('off');
    expect(recorder.clock).toBe(clock);
    await recorder.send({ type: 'POWER_ON' });
    clock.advance(recorder.snapshot().context.bootDurationMs);
    await recorder.headless.settle();
    expect(recorder.snapshot().matches(STATE.deviceInitPassword)).toBe(true);
    expect(recorder.snapshot().context.now).toBe(Date.UTC(2027, 0, 1) + 5_000);
  });

  it('writes the flash through the given store, durably before the screen moves on', async () => {
    const flashStore = new MemoryFlashStore();
    const recorder = await createRecorder({ ...FAST, flashStore });
    await recorder.send({ type: 'SET_FIELD', control: DEVICE_INIT.password, value: ADMIN_PASSWORD });
    await recorder.send({ type: 'SET_FIELD', control: DEVICE_INIT.confirmPassword, value: ADMIN_PASSWORD });
    await recorder.send({ type: 'ACTIVATE', control: DEVICE_INIT.next });
    await recorder.send({ type: 'ACTIVATE', control: DEVICE_INIT.finish });
    expect(flashStore.written?.initialized).toBe(true);
    expect(flashStore.written).toEqual(recorder.flash());
  });

  it('gives a fluent driver over the same recorder', async () => {
    const recorder = await createRecorder({ ...FAST, preset: 'initialized' });
    await logIn(recorder.driver()).expectIn(STATE.menu);
    expect(stateText(recorder.state())).toBe('on.running.ready.menu.browsing');
  });

  it('refuses an unknown model by name', async () => {
    await expect(createRecorder({ ...FAST, modelId: 'X1' as never })).rejects.toThrow('Unknown recorder model "X1".');
  });

  it('refuses a preset that needs boot steps when asked not to boot', async () => {
    await expect(createRecorder({ ...FAST, preset: 'lockedOut', boot: false })).rejects.toThrow(/boot: true/);
  });
});

describe('export and import', () => {
  it('an exported document is JSON with the model, the unit and the flash, and no RAM', async () => {
    const recorder = await createRecorder({ ...FAST, preset: 'lockedOut' });
    const document = recorder.exportDocument();
    expect(document).toMatchObject({ format: RECORDER_DOCUMENT_FORMAT, version: 1, modelId: 'LNR6108' });
    expect(document.unit).toEqual(recorder.snapshot().context.unit);
    expect(document.flash).toEqual(recorder.flash());
    const text = JSON.stringify(document);
    for (const ram of ['"loginFailures"', '"lockedUntil"', '"session"', '"menuPath"', '"form"', 'Camera2025']) {
      expect(text).not.toContain(ram);
    }
  });

  it('importing is a power cut: the same unit and flash boot again, RAM (the lock) is gone', async () => {
    const recorder = await createRecorder({ ...FAST, preset: 'lockedOut' });
    const again = await importRecorder(JSON.stringify(recorder.exportDocument()), { pbkdf2Iterations: 1_000 });
    expect(keptWithSessionLog(again.flash(), recorder.flash())).toBe(true);
    expect(again.snapshot().context.unit).toEqual(recorder.snapshot().context.unit);
    expect(again.snapshot().context.lockedUntil).toEqual({});
    await logIn(again.driver()).expectIn(STATE.menu);
  });

  it('continues from the export time, unless given a clock', async () => {
    const recorder = await createRecorder({ ...FAST, preset: 'initialized' });
    await recorder.advance(3_600_000);
    const document = recorder.exportDocument();
    const again = await importRecorder(document, { boot: false });
    expect(again.clock.now()).toBe(recorder.clock.now());
    const later = await importRecorder(document, { boot: false, clock: recorder.clock.now() + 86_400_000 });
    expect(later.clock.now()).toBe(recorder.clock.now() + 86_400_000);
  });

  const spoil: ReadonlyArray<[string, (doc: Record<string, unknown>) => unknown, RegExp]> = [
    ['not JSON', () => '{', /not valid JSON/],
    ['not an object', () => [1, 2], /not an object/],
    ['another format', (d) => ({ ...d, format: 'something-else' }), /file\.format/],
    ['a newer envelope', (d) => ({ ...d, version: 2 }), /file\.version/],
    ['an unknown model', (d) => ({ ...d, modelId: 'XYZ' }), /unknown model "XYZ"/],
    ['a bad Device ID', (d) => ({ ...d, unit: { ...(d.unit as object), deviceId: 'short' } }), /unit\.deviceId/],
    ['no flash', (d) => ({ ...d, flash: undefined }), /flash: not an object/],
    ['a bad users key', (d) => ({ ...d, flash: { ...(d.flash as object), users: 'admin' } }), /flash\.users/],
    [
      'a clear-text password',
      (d) => ({ ...d, flash: { ...(d.flash as object), users: [{ name: 'admin', group: 'admin', password: 'pw' }] } }),
      /flash\.users\.0\.password/,
    ],
    ['a future flash', (d) => ({ ...d, flash: { ...(d.flash as object), schemaVersion: 3 } }), /newer/],
  ];

  it.each(spoil)('refuses a document with %s, naming the problem', async (_name, change, message) => {
    const recorder = await createRecorder({ ...FAST, preset: 'initialized' });
    const good = JSON.parse(JSON.stringify(recorder.exportDocument())) as Record<string, unknown>;
    const bad = change(good);
    const result = parseRecorderDocument(bad);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toMatch(message);
    await expect(importRecorder(bad)).rejects.toThrow(RecorderDocumentError);
    await expect(importRecorder(bad)).rejects.toThrow(message);
  });

  it('fills keys an older (version 1) flash lacks with their defaults', async () => {
    const recorder = await createRecorder({ ...FAST, preset: 'initialized' });
    const document = JSON.parse(JSON.stringify(recorder.exportDocument())) as { flash: Record<string, unknown> };
    document.flash.schemaVersion = 1;
    delete document.flash.network;
    delete document.flash.channels;
    const result = parseRecorderDocument(document);
    expect(result.ok && result.document.flash.network).toEqual(recorder.flash().network);
    expect(result.ok && result.document.flash.users).toEqual(recorder.flash().users);
  });

  it('refuses a current-version flash that lacks a key, naming it', async () => {
    const recorder = await createRecorder({ ...FAST, preset: 'initialized' });
    const document = JSON.parse(JSON.stringify(recorder.exportDocument())) as { flash: Record<string, unknown> };
    delete document.flash.users;
    const result = parseRecorderDocument(document);
    expect(result.ok ? '' : result.problem).toMatch(/^file\.flash\.users: missing/);
    await expect(importRecorder(document)).rejects.toThrow(/flash\.users: missing/);
  });
});
