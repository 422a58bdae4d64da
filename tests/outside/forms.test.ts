/**
 * The Support Website's forms, rule by rule (seed 000 fields; docs/accessible-names.md names). Each case changes one field of a
 * valid form and expects exactly that field's message; a refused form changes nothing and stores nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ResetRequestForm, WarrantyForm } from '../../outside/outsideTypes';
import { pngFile, resetForm, testWorld, warrantyForm, withWarranty, type TestWorld } from './outsideSupport';

const OTHER_DEVICE_ID = 'ABCDEFGHJKLMNPQ';

/** A picked file of this type and content. */
const fileUpload = (mimeType: string, dataUrl: string) =>
  ({ source: 'file', name: 'bill', mimeType, sizeBytes: 100, dataUrl }) as const;
const svgDataUrl = (markup: string) => `data:image/svg+xml,${encodeURIComponent(markup)}`;

describe('Activate Warranty', () => {
  let test: TestWorld;
  beforeEach(async () => {
    test = await testWorld();
    await test.world.signIn({ email: 'alex@example.com', password: 'Welcome#2026' });
  });

  it.each<[string, Partial<WarrantyForm>, keyof WarrantyForm, string | RegExp]>([
    ['an empty model', { modelNumber: '  ' }, 'modelNumber', 'Model Number is required.'],
    ['an unknown model', { modelNumber: 'XYZ123' }, 'modelNumber', /^Unknown model number/],
    [
      'an over-long model',
      { modelNumber: 'L'.repeat(17) },
      'modelNumber',
      'Model Number must be at most 16 characters.',
    ],
    ['an empty serial', { serialNumber: '' }, 'serialNumber', 'Serial Number (S/N) is required.'],
    [
      'a serial with symbols',
      { serialNumber: 'LNR-61' },
      'serialNumber',
      'A serial number has only letters and digits.',
    ],
    [
      'a serial nobody made',
      { serialNumber: 'LNR6108260100000X' },
      'serialNumber',
      /^No LNR6108 was made with this serial/,
    ],
    ['a serial of another model', { modelNumber: 'N841A81' }, 'serialNumber', /^No N841A81 was made/],
    ['an empty date', { dateOfPurchase: '' }, 'dateOfPurchase', 'Date of Purchase is required.'],
    ['a date in another format', { dateOfPurchase: '16/01/2026' }, 'dateOfPurchase', 'Enter the date as YYYY-MM-DD.'],
    ['an impossible date', { dateOfPurchase: '2026-02-30' }, 'dateOfPurchase', '2026-02-30 is not a date.'],
    [
      'a date after today',
      { dateOfPurchase: '2026-03-03' },
      'dateOfPurchase',
      'The date cannot be after today (2026-03-02).',
    ],
    ['no bill of sale', { billOfSale: null }, 'billOfSale', 'Upload Bill of Sale: choose an image.'],
    [
      'a PDF',
      {
        billOfSale: {
          source: 'file',
          name: 'r.pdf',
          mimeType: 'application/pdf',
          sizeBytes: 10,
          dataUrl: 'data:application/pdf;base64,AA',
        },
      },
      'billOfSale',
      /^Only images can be uploaded/,
    ],
    [
      'a file over 10 MB',
      { billOfSale: pngFile(10 * 1024 * 1024 + 1) },
      'billOfSale',
      'The image is larger than 10 MB.',
    ],
    ['an empty file', { billOfSale: pngFile(0) }, 'billOfSale', 'The file is empty.'],
    [
      'a photo not in the roll',
      { billOfSale: { source: 'photo', photoId: 'photo-9' } },
      'billOfSale',
      /no longer in the photo roll/,
    ],
    [
      'a missing attachment',
      { billOfSale: { source: 'attachment', emailId: 'email-1', attachmentId: 'nope' } },
      'billOfSale',
      'This e-mail attachment was not found.',
    ],
    [
      'an image whose data is not that type',
      {
        billOfSale: {
          source: 'file',
          name: 'x.png',
          mimeType: 'image/png',
          sizeBytes: 9,
          dataUrl: 'data:text/html,<b>',
        },
      },
      'billOfSale',
      /^Only images/,
    ],
    [
      'a PNG file that holds a web page',
      { billOfSale: fileUpload('image/png', `data:image/png;base64,${btoa('<html><script>')}`) },
      'billOfSale',
      'The file is not a PNG image (its content is something else).',
    ],
    [
      'a JPEG file that holds a PNG',
      { billOfSale: fileUpload('image/jpeg', 'data:image/jpeg;base64,iVBORw0KGgo=') },
      'billOfSale',
      'The file is not a JPEG image (its content is something else).',
    ],
    [
      'an SVG with a script',
      { billOfSale: fileUpload('image/svg+xml', svgDataUrl('<svg><script>alert(1)</script></svg>')) },
      'billOfSale',
      /^This SVG image holds more than shapes and text/,
    ],
    [
      'an SVG with an event handler',
      { billOfSale: fileUpload('image/svg+xml', svgDataUrl('<svg onload="alert(1)"><rect/></svg>')) },
      'billOfSale',
      /^This SVG image holds more than shapes and text/,
    ],
    [
      'a file name with a line break',
      { billOfSale: pngFile(2_000, 'bill\nof sale.png') },
      'billOfSale',
      'The file name cannot contain control characters such as tabs or line breaks.',
    ],
  ])('refuses %s with a message next to the field', async (_case, change, field, message) => {
    const before = test.world.state;
    const result = await test.world.activateWarranty(warrantyForm(test, change));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual([field]);
    expect(result.errors[field]).toMatch(message);
    expect(test.world.state).toBe(before);
  });

  it('accepts an SVG drawing of plain shapes and text, base64 or percent-encoded', async () => {
    const drawing =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#fff"/><text x="1" y="9">Bill</text></svg>';
    for (const dataUrl of [svgDataUrl(drawing), `data:image/svg+xml;base64,${btoa(drawing)}`]) {
      const fresh = await testWorld();
      await fresh.world.signIn({ email: 'alex@example.com', password: 'Welcome#2026' });
      const result = await fresh.world.activateWarranty(
        warrantyForm(fresh, { billOfSale: fileUpload('image/svg+xml', dataUrl) }),
      );
      expect(result.ok).toBe(true);
    }
  });

  it('gives each wrong field its own message at once', async () => {
    const result = await test.world.activateWarranty({
      modelNumber: '',
      serialNumber: '',
      dateOfPurchase: '',
      billOfSale: null,
    });
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual([
      'billOfSale',
      'dateOfPurchase',
      'modelNumber',
      'serialNumber',
    ]);
  });

  it('saves a valid warranty (trimmed, any case) with a confirmation e-mail, once per serial number', async () => {
    const result = await test.world.activateWarranty(
      warrantyForm(test, { modelNumber: ' lnr6108 ', serialNumber: ` ${test.unit.serialNumber.toLowerCase()} ` }),
    );
    expect(result.ok && result.value).toMatchObject({ modelId: 'LNR6108', serialNumber: test.unit.serialNumber });
    expect(test.world.state.mailbox.at(-1)?.kind).toBe('warranty');
    const again = await test.world.activateWarranty(warrantyForm(test));
    expect(!again.ok && again.errors.serialNumber).toBe('This serial number already has a warranty registration.');
  });

  it('is refused signed out', async () => {
    await test.world.signOut();
    const result = await test.world.activateWarranty(warrantyForm(test));
    expect(!result.ok && result.errors.modelNumber).toBe('Sign in to My Account first.');
  });
});

describe('Reset Device Password', () => {
  let test: TestWorld;
  beforeEach(async () => {
    test = await withWarranty(await testWorld());
  });

  it.each<[string, Partial<ResetRequestForm>, keyof ResetRequestForm, string | RegExp]>([
    ['an empty first name', { firstName: ' ' }, 'firstName', 'First Name is required.'],
    [
      'a first name with a tab',
      { firstName: 'Al\tex' },
      'firstName',
      'First Name cannot contain control characters such as tabs or line breaks.',
    ],
    [
      'a last name with a right-to-left override',
      { lastName: 'Mill\u202eer' },
      'lastName',
      'Last Name cannot contain control characters such as tabs or line breaks.',
    ],
    ['an over-long last name', { lastName: 'M'.repeat(51) }, 'lastName', 'Last Name must be at most 50 characters.'],
    ['a phone of letters', { phoneNumber: 'call me' }, 'phoneNumber', /^Enter a phone number of at least 7 digits/],
    ['a phone too short', { phoneNumber: '555-01' }, 'phoneNumber', /^Enter a phone number/],
    ['an unknown model', { modelNumber: 'NVR' }, 'modelNumber', /^Unknown model number/],
    ['a short Device ID', { deviceId: 'ABC' }, 'deviceId', 'A Device ID has exactly 15 letters and digits.'],
    [
      'a Device ID of another unit',
      { deviceId: OTHER_DEVICE_ID },
      'deviceId',
      'This Device ID does not belong to that serial number.',
    ],
    ['an impossible displayed date', { dateDisplayed: '2026-13-01' }, 'dateDisplayed', '2026-13-01 is not a date.'],
    [
      'no proof of purchase',
      { proofOfPurchase: null },
      'proofOfPurchase',
      'Upload Proof of Purchase: choose an image.',
    ],
    ['no Info screen', { deviceInfoScreen: null }, 'deviceInfoScreen', 'Upload Device Info Screen: choose an image.'],
    ['no sticker', { informationSticker: null }, 'informationSticker', 'Upload Information Sticker: choose an image.'],
  ])('refuses %s', async (_case, change, field, message) => {
    const before = test.world.state;
    const result = await test.world.submitResetRequest(resetForm(test, change));
    expect(result.ok ? {} : result.errors).toEqual({ [field]: expect.stringMatching(message) });
    expect(test.world.state).toBe(before);
  });

  it('needs a warranty of this account for the model and serial number', async () => {
    const fresh = await testWorld();
    await fresh.world.signIn({ email: 'alex@example.com', password: 'Welcome#2026' });
    const result = await fresh.world.submitResetRequest(resetForm(fresh));
    expect(!result.ok && result.errors.serialNumber).toMatch(/activate the warranty first/);
  });

  it('accepts a displayed date in the past or future (the recorder may show any date)', async () => {
    const result = await test.world.submitResetRequest(resetForm(test, { dateDisplayed: '2031-07-04' }));
    expect(result.ok).toBe(true);
  });

  it('is refused signed out', async () => {
    await test.world.signOut();
    const result = await test.world.submitResetRequest(resetForm(test));
    expect(!result.ok && result.errors.firstName).toBe('Sign in to My Account first.');
  });
});

describe('Sign In', () => {
  it.each([
    [{ email: '', password: 'x' }, { email: 'Email is required.' }],
    [{ email: 'alex', password: 'x' }, { email: 'Enter an e-mail address such as name@example.com.' }],
    [{ email: 'alex@example.com', password: '' }, { password: 'Password is required.' }],
    [{ email: 'alex@example.com', password: 'x'.repeat(65) }, { password: 'Password must be at most 64 characters.' }],
    [{ email: 'alex@example.com', password: 'welcome#2026' }, { password: 'Wrong e-mail or password.' }],
    [{ email: 'sam@example.com', password: 'Welcome#2026' }, { password: 'Wrong e-mail or password.' }],
  ])('refuses %j', async (form, errors) => {
    const test = await testWorld();
    const result = await test.world.signIn(form);
    expect(result.ok ? {} : result.errors).toEqual(errors);
    expect(test.world.state.websiteSession).toBeNull();
  });

  it('signs in with the customer account of docs/accessible-names.md (e-mail in any case)', async () => {
    const test = await testWorld();
    expect(await test.world.signIn({ email: ' Alex@Example.com', password: 'Welcome#2026' })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(test.world.state.websiteSession).toEqual({ email: 'alex@example.com' });
  });
});
