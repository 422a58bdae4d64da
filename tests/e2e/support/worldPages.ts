/**
 * Page objects for the world's places (docs/accessible-names.md), through roles and accessible names only: the places' links in
 * the bench's navigation, the Support Website (Sign In, Warranty > Activate Warranty, Reset Device Password, Recover
 * Password), the Email inbox (one list item per message; the contract lines `Ticket number: <n>`, `Temporary
 * password: <p>`, `Verification code: <6 digits>`), the Support Desk, and what the recorder shows (System Date on
 * live view; Model, Device ID and Serial No. on Info).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { PageObject } from './locators';
import type { RecorderPage } from './recorderPage';

export const CUSTOMER = { email: 'alex@example.com', password: 'Welcome#2026' } as const;

export type PlaceName = 'Recorder' | 'Cameras' | 'Support Website' | 'Email' | 'Mobile App' | 'Support Desk';

export async function goTo(page: Page, place: PlaceName): Promise<void> {
  await page.getByRole('navigation', { name: 'Places' }).getByRole('link', { name: place, exact: true }).click();
  await expect(page.getByRole('main', { name: place })).toBeVisible();
}

/** Small one-colour PNGs (16×12, made with pngjs) standing for photos of the Info screen and of the sticker. */
const PNG_BASE64 = {
  infoScreen:
    'iVBORw0KGgoAAAANSUhEUgAAABAAAAAMCAYAAABr5z2BAAAALElEQVR4AaXBAQEAIAyAME4GQ5jJ/j18CLY5930CiSSSSCKJJJJIIokkkmgB9GYBrdDCxYwAAAAASUVORK5CYII=',
  sticker:
    'iVBORw0KGgoAAAANSUhEUgAAABAAAAAMCAYAAABr5z2BAAAAKklEQVR4AaXBMQEAMAyAMIZ/ibtroxVB8mb+EkgkkUQSSSSRRBJJJJFEBz/TA78izYwLAAAAAElFTkSuQmCC',
} as const;

export function pngFile(name: string, picture: keyof typeof PNG_BASE64) {
  return { name, mimeType: 'image/png', buffer: Buffer.from(PNG_BASE64[picture], 'base64') };
}

export interface RecorderFacts {
  readonly model: string;
  readonly deviceId: string;
  readonly serial: string;
  /** The date part of System Date (YYYY-MM-DD), as the recorder displays it. */
  readonly displayedDate: string;
}

/**
 * Reads System Date on live view, then Model, Device ID and Serial No. on Info (the front panel's Info button), and
 * goes back to live view (right click).
 */
export async function readRecorder(recorder: RecorderPage): Promise<RecorderFacts> {
  const page = recorder.page;
  await goTo(page, 'Recorder');
  await recorder.waitForLiveView();
  const systemDate = (await recorder.field('System Date').textContent()) ?? '';
  await recorder.openInfoWithButton();
  const value = async (label: string) => ((await recorder.field(label).textContent()) ?? '').trim();
  const facts = {
    model: await value('Model'),
    deviceId: await value('Device ID'),
    serial: await value('Serial No.'),
    displayedDate: systemDate.trim().slice(0, 10),
  };
  expect(facts.displayedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(facts.deviceId).toMatch(/^[A-Z0-9]{15}$/);
  await recorder.rightClickScreen();
  await recorder.waitForLiveView();
  return facts;
}

export class WebsitePage extends PageObject {
  async open(): Promise<void> {
    await goTo(this.page, 'Support Website');
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.open();
    await this.link('My Account').click();
    await this.field('Email').fill(email);
    await this.field('Password').fill(password);
    await this.button('Sign In').click();
  }

  /** Picks an image of the photo roll or the inbox for an upload field, by the text of its option. */
  async pickForUpload(uploadLabel: string, optionText: RegExp): Promise<void> {
    const picker = this.page.getByLabel(
      `Choose ${uploadLabel.replace(/^Upload /, '').toLowerCase()} from photos and e-mail`,
      { exact: true },
    );
    const option = picker.getByRole('option', { name: optionText }).first();
    await picker.selectOption((await option.getAttribute('value')) ?? '');
  }

  async activateWarranty(model: string, serial: string, purchaseDate: string): Promise<void> {
    await this.link('Warranty').click();
    await this.button('Activate Warranty').click();
    await this.field('Model Number').fill(model);
    await this.field('Serial Number (S/N)').fill(serial);
    await this.field('Date of Purchase').fill(purchaseDate);
    await this.pickForUpload('Upload Bill of Sale', /E-mail attachment/);
    await this.button('Save Warranty').click();
    await expect(this.page.getByRole('status').filter({ hasText: `Warranty saved for ${model}` })).toBeVisible();
  }

  /** Reset Device Password with the recorder's facts; the info screen and sticker photos are picked files. */
  async requestReset(facts: RecorderFacts, displayedDate = facts.displayedDate): Promise<number> {
    await this.link('Reset Device Password').click();
    await expect(this.field('First Name')).toHaveValue('Alex');
    await this.field('Model Number').fill(facts.model);
    await this.field('Device ID').fill(facts.deviceId);
    await this.field('Serial Number (S/N)').fill(facts.serial);
    await this.field('Date Displayed on Device').fill(displayedDate);
    await this.pickForUpload('Upload Proof of Purchase', /E-mail attachment/);
    await this.field('Upload Device Info Screen').setInputFiles(pngFile('info-screen.png', 'infoScreen'));
    await this.field('Upload Information Sticker').setInputFiles(pngFile('sticker.png', 'sticker'));
    await expect(this.page.getByText('Selected: sticker.png')).toBeVisible();
    await this.button('Submit').click();
    const status = this.page.getByRole('status').filter({ hasText: 'Ticket number:' });
    await expect(status).toBeVisible();
    return Number(/Ticket number: (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  }
}

export class InboxPage extends PageObject {
  async open(): Promise<void> {
    await goTo(this.page, 'Email');
  }

  messages(): Locator {
    return this.page.getByRole('list', { name: 'Messages' }).getByRole('listitem');
  }

  /** Opens the newest message whose list item matches, and returns its body text. */
  async read(subject: RegExp): Promise<string> {
    await this.open();
    const item = this.messages().filter({ hasText: subject }).first();
    await expect(item).toBeVisible();
    await item.getByRole('button').click();
    const article = this.page.getByRole('article');
    await expect(article).toContainText(subject);
    return (await article.innerText()) ?? '';
  }

  /** The value of a contract line (`Ticket number`, `Temporary password`, `Verification code`) in a body. */
  static line(body: string, name: ContractLine): string {
    const match = new RegExp(`^${name}: (\\S+)$`, 'm').exec(body);
    if (!match?.[1]) throw new Error(`No "${name}:" line in:\n${body}`);
    return match[1];
  }

  /** The value of the contract line `name` in the newest message whose list item matches `subject`. */
  async readLine(subject: RegExp, name: ContractLine): Promise<string> {
    return InboxPage.line(await this.read(subject), name);
  }
}

export type ContractLine = 'Ticket number' | 'Temporary password' | 'Verification code';

/** The Support Desk: the trainer's ticket queue (a row per ticket), Manual review, and the Phone call form. */
export class SupportDeskPage extends PageObject {
  async open(): Promise<void> {
    await goTo(this.page, 'Support Desk');
  }

  get manualReview(): Locator {
    return this.page.getByRole('switch', { name: 'Manual review' });
  }

  /** The queue's row of ticket `ticket`. */
  ticket(ticket: number): Locator {
    return this.page.getByRole('row', { name: new RegExp(`${ticket}`) });
  }
}

/** The purchase date on the order confirmation e-mail (its receipt is the bill of sale). */
export async function purchaseDateFromOrder(inbox: InboxPage): Promise<string> {
  const body = await inbox.read(/Your order .* is confirmed/);
  const date = /Date of purchase: (\d{4}-\d{2}-\d{2})/.exec(body)?.[1];
  if (!date) throw new Error(`No purchase date in the order e-mail:\n${body}`);
  return date;
}
