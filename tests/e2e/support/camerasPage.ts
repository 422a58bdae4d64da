/**
 * Page object for the Cameras place, in the words of docs/accessible-names.md: per camera a region named by its title, with the
 * buttons "Reset button" and "Ethernet cable" (aria-pressed = plugged in) and the LED readable by the label "LED".
 */
import type { Locator } from '@playwright/test';
import { button, PageObject } from './locators';

export class CamerasPage extends PageObject {
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Places' }).getByRole('link', { name: 'Cameras' }).click();
  }

  camera(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  reset(title: string): Locator {
    return button(this.camera(title), 'Reset button');
  }

  cable(title: string): Locator {
    return button(this.camera(title), 'Ethernet cable');
  }

  led(title: string): Locator {
    return this.camera(title).getByLabel('LED');
  }

  /** Advances simulated time without taking the focus from a button held with the keyboard. */
  async advanceKeepingFocus(label = 'Advance 1 minute'): Promise<void> {
    await this.button(label).dispatchEvent('click');
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
