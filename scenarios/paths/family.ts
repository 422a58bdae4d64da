/**
 * What the steps of a family's scenarios need to know, read from the catalogue (never from a family id): its menu
 * paths (found in its menu tree), its rules, its models and the cameras of a new world.
 */
import {
  newWorldCameras,
  PROFILES,
  RECORDER_MODELS,
  type MenuBranch,
  type MenuNode,
  type Profile,
  type ProfileId,
  type RecorderModel,
  type RecorderModelId,
} from '../../firmware';

export interface FamilyContext {
  readonly profile: Profile;
  /** The family's models, the default model's family first in catalogue order. */
  readonly models: readonly RecorderModel[];
  /** Labels from the Main Menu to the node that matches, e.g. ['Settings', 'System', 'Account', 'User']. */
  readonly menuTo: (matches: (node: MenuNode) => boolean) => readonly string[];
  /** Whether the family's first boot is its factory accounts (`legacy`) rather than Device Initialization. */
  readonly defaultAccounts: boolean;
}

function labelsTo(branch: MenuBranch, matches: (node: MenuNode) => boolean): string[] | null {
  for (const child of branch.children) {
    if (matches(child)) return [child.label];
    if (child.kind === 'branch') {
      const below = labelsTo(child, matches);
      if (below) return [child.label, ...below];
    }
  }
  return null;
}

export function familyContext(id: ProfileId): FamilyContext {
  const profile = PROFILES[id];
  return {
    profile,
    models: Object.values(RECORDER_MODELS).filter((model) => model.profile === id),
    menuTo: (matches) => {
      const labels = labelsTo(profile.menu, matches);
      if (!labels) throw new Error(`The ${id} menu has no such item.`);
      return labels;
    },
    defaultAccounts: profile.firstBoot === 'defaultAccounts',
  };
}

export const toPage =
  (page: string) =>
  (node: MenuNode): boolean =>
    node.kind === 'page' && node.page === page;

export const toAction =
  (action: string) =>
  (node: MenuNode): boolean =>
    node.kind === 'action' && node.action === action;

/** Index of the new world's camera of `model` on a recorder of `modelId` (its place in the Cameras list), or -1. */
export const worldCameraIndex = (modelId: RecorderModelId, model: 'E893AB' | 'W462AQC'): number =>
  newWorldCameras(modelId, 1).findIndex((camera) => camera.model === model);
