/**
 * The three security questions the `connect` family asks at Device Initialization (P5). KB-N831 says the questions
 * are "set up during the Lorex Setup Wizard" but does not list them; Dahua firmware offers drop-downs of questions
 * (domain research §1). The simulator asks these three fixed questions, one per slot. *invented*
 */
export const SECURITY_QUESTIONS: readonly [string, string, string] = [
  'What is the name of your first pet?',
  'In what city were you born?',
  'What was the name of your first school?',
];
