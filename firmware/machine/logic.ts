/**
 * Pure selectors that several features and the view share: (context) → value. A helper that one feature alone
 * uses lives in that feature's setup.ts.
 */
import { nodeAtPath, nodesAlongPath, type MenuBranch, type MenuNode } from '../domain/menuTree';
import { checkNewPassword, PASSWORD_RULES, passwordProblemMessage, type PasswordRule } from '../domain/passwordRules';
import { findUser } from '../domain/users';
import { deviceTime } from '../domain/deviceTime';
import { LOGIN } from '../controls/controlIds';
import type { RecorderContext } from './types';

export const passwordRuleOf = (context: RecorderContext): PasswordRule => PASSWORD_RULES[context.profile.passwordRule];

export const fieldValue = (context: RecorderContext, control: string): string => context.form.values[control] ?? '';

/** Device time now: what the recorder's clock reads. */
export const deviceNow = (context: RecorderContext): number => deviceTime(context.now, context.flash.clockOffsetMs);

/** The message naming the rule a new password (and its confirmation) in two fields breaks, or null. */
export function newPasswordProblem(
  context: RecorderContext,
  passwordControl: string,
  confirmControl: string,
): string | null {
  const rule = passwordRuleOf(context);
  const problem = checkNewPassword(rule, fieldValue(context, passwordControl), fieldValue(context, confirmControl));
  return problem ? passwordProblemMessage(rule, problem) : null;
}

/** The user name typed in the login dialog, without surrounding spaces. */
export const loginUserName = (context: RecorderContext): string => fieldValue(context, LOGIN.userName).trim();

/**
 * Whether `userName`'s login is locked now. Locks run on the world clock, which device time follows: the 30 minutes
 * of the password rules pass the same way, and setting the recorder's clock cannot shorten a running lock.
 */
export function isLocked(context: RecorderContext, userName: string): boolean {
  const until = context.lockedUntil[userName];
  return until !== undefined && until > context.now;
}

/** The menu branch whose items are on screen: the open node, or its parent when the open node is a page. */
export function displayedBranchPath(context: RecorderContext): readonly string[] {
  const node = nodeAtPath(context.profile.menu, context.menuPath);
  return node && node.kind === 'page' ? context.menuPath.slice(0, -1) : context.menuPath;
}

/** The items listed on screen in the menu (Main Menu tiles at the root). */
export function displayedMenuItems(context: RecorderContext): readonly MenuNode[] {
  const node = nodeAtPath(context.profile.menu, displayedBranchPath(context));
  return node && node.kind === 'branch' ? node.children : [];
}

/** The menu item `nodeId` among those on screen, if it is there. */
export function displayedMenuItem(context: RecorderContext, nodeId: string): MenuNode | undefined {
  return displayedMenuItems(context).find((node) => node.id === nodeId);
}

/** The page open in the menu, if the open node is a page. */
export function openMenuPage(context: RecorderContext): Extract<MenuNode, { kind: 'page' }> | null {
  const node = nodeAtPath(context.profile.menu, context.menuPath);
  return node && node.kind === 'page' ? node : null;
}

/** The labels along the open menu path, for the window title. */
export function menuPathLabels(menu: MenuBranch, path: readonly string[]): string[] {
  return (nodesAlongPath(menu, path) ?? []).map((node) => node.label);
}

/**
 * Whether the logged-in user belongs to the admin group: who may change settings, format, upgrade, restore defaults
 * and re-add cameras (KB-Cirrus "Only the admin"), and change other users' passwords.
 */
export const isAdminGroupSession = (context: RecorderContext): boolean =>
  context.session !== null && findUser(context.flash, context.session.userName)?.group === 'admin';

/**
 * Whether the logged-in user may use the menu item `node`: an unavailable item is for nobody; Default and Factory
 * Default are for the admin group only (the view shows them disabled to others, and the firmware ignores them).
 */
export function isMenuItemUsable(context: RecorderContext, node: MenuNode): boolean {
  if (node.kind === 'unavailable') return false;
  if (node.kind === 'action' && (node.action === 'default' || node.action === 'factoryDefault')) {
    return isAdminGroupSession(context);
  }
  return true;
}
