/**
 * Page object for the Cameras place, in the words of SPEC §6.2: per camera a region named by its title, with the
 * buttons "Reset button" and "Ethernet cable" (aria-pressed = plugged in) and the LED readable by the label "LED".
 */
import type { Locator, Page } from '@playwright/test';

export class CamerasPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Places' }).getByRole('link', { name: 'Cameras' }).click();
  }

  camera(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  reset(title: string): Locator {
    return this.camera(title).getByRole('button', { name: 'Reset button', exact: true });
  }

  cable(title: string): Locator {
    return this.camera(title).getByRole('button', { name: 'Ethernet cable', exact: true });
  }

  led(title: string): Locator {
    return this.camera(title).getByLabel('LED');
  }

  /** Advances simulated time without taking the focus from a button held with the keyboard. */
  async advanceKeepingFocus(label = 'Advance 1 minute'): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).dispatchEvent('click');
  }

  /**
   * Camera `index` (0-based) as the stored world (IndexedDB) has it now, or null. Camera changes are saved when they
   * happen; a reload in the same instant may precede the write, so specs poll this before reloading.
   */
  storedCamera(index: number): Promise<unknown> {
    return this.page.evaluate(
      (cameraIndex) =>
        new Promise<unknown>((resolve) => {
          const opening = indexedDB.open('recorder-sim');
          opening.onsuccess = () => {
            const db = opening.result;
            const read = db.transaction('worlds').objectStore('worlds').getAll();
            read.onsuccess = () => {
              const worlds = read.result as { cameras?: unknown[] }[];
              db.close();
              resolve(worlds.length === 1 ? (worlds[0]?.cameras?.[cameraIndex] ?? null) : null);
            };
          };
          opening.onerror = () => resolve(null);
        }),
      index,
    );
  }
}
