/**
 * The locators every page object uses, in the words of docs/accessible-names.md: a button or link by its role and exact accessible
 * name, a field by its exact label. Names are matched exactly because the spec has names that contain one another
 * ("Password" and "Confirm Password", "User" and "Users"). `scope` is the page or a region of it.
 */
import type { Locator, Page } from '@playwright/test';

export type Scope = Page | Locator;

export const button = (scope: Scope, name: string): Locator => scope.getByRole('button', { name, exact: true });

export const field = (scope: Scope, label: string): Locator => scope.getByLabel(label, { exact: true });

export const link = (scope: Scope, name: string): Locator => scope.getByRole('link', { name, exact: true });

/** A page object: its buttons, fields and links are looked up in `scope` (the whole page unless it says otherwise). */
export abstract class PageObject {
  constructor(readonly page: Page) {}

  protected get scope(): Scope {
    return this.page;
  }

  button(name: string): Locator {
    return button(this.scope, name);
  }

  field(label: string): Locator {
    return field(this.scope, label);
  }

  link(name: string): Locator {
    return link(this.scope, name);
  }
}
