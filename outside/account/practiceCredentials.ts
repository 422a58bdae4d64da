/**
 * The practice sign-in a trainee needs (docs/accessible-names.md: a new world's account is alex@example.com /
 * Welcome#2026): shown on the Support Desk's customer card and as a hint on the website's Sign In. The starting
 * password is a public practice value (CUSTOMER.password), not a secret; the world keeps only the account's hash, so
 * whether it still opens the account is checked against that hash. After a password recovery (P10) it does not, and
 * `password` is null: the hint must not offer a password that no longer works.
 */
import { verifyPassword } from '../../firmware';
import type { CustomerAccount } from '../outsideTypes';
import { CUSTOMER } from '../outsideRules';

export interface PracticeCredentials {
  readonly email: string;
  /** The new world's password while the account still has it; null once the customer has set another one. */
  readonly password: string | null;
}

export async function practiceCredentials(account: CustomerAccount): Promise<PracticeCredentials> {
  const stillStarting = await verifyPassword(CUSTOMER.password, account.password);
  return { email: account.email, password: stillStarting ? CUSTOMER.password : null };
}
