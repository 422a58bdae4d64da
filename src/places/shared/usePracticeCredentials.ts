/**
 * The practice sign-in of the current world (outside/account/practiceCredentials.ts), for the customer card and the
 * Sign In hint. Checking the starting password against the account's hash is asynchronous (PBKDF2), so this returns
 * null until the check for the current hash is done, and checks again whenever the account's password changes.
 */
import { useEffect, useState } from 'react';
import { practiceCredentials, type CustomerAccount, type PracticeCredentials } from '../../../outside';

export function usePracticeCredentials(account: CustomerAccount): PracticeCredentials | null {
  const [checked, setChecked] = useState<{ of: CustomerAccount; credentials: PracticeCredentials } | null>(null);
  useEffect(() => {
    let current = true;
    void practiceCredentials(account).then((credentials) => {
      if (current) setChecked({ of: account, credentials });
    });
    return () => {
      current = false;
    };
  }, [account]);
  return checked?.of === account ? checked.credentials : null;
}
