/**
 * The firmware's public entry: the only module src/, osd/ and Node scripts import from firmware/.
 * (osd/ imports types only.)
 */
export { recorderMachine, type RecorderMachine } from './recorder';
export type { RecorderContext, RecorderEvent, RecorderEventType, RecorderInput, DialogMessage } from './machine/types';
export {
  RECORDER_MODELS,
  DEFAULT_MODEL_ID,
  isRecorderModelId,
  type RecorderModel,
  type RecorderModelId,
} from './catalogue/models';
export { PROFILES, type Profile, type ProfileId } from './catalogue/profiles';
export type { MenuBranch, MenuNode, MenuPageId } from './domain/menuTree';
export {
  buildDateOf,
  DOWNLOAD_FIRMWARE,
  DOWNLOAD_STICK_CAPACITY_MB,
  downloadStick,
  UNKNOWN_BUILD_DATE,
  type FirmwareRelease,
} from './catalogue/firmwareReleases';
export * as rules from './catalogue/rules';
export { PASSWORD_RULES, checkPasswordRule, checkNewPassword, type PasswordRuleId } from './domain/passwordRules';
export type { UnitIdentity } from './domain/unitIdentity';
export { manufactureUnit } from './domain/unitIdentity';
export { formatDeviceDateTime, yearMonthCode } from './domain/deviceTime';
export {
  emptyFlash,
  FLASH_SCHEMA_VERSION,
  type Flash,
  type StoredUser,
  type LogEntry,
  type LogEventKind,
} from './persistence/flash';
export { restoreFlash, type FlashRestoreResult } from './persistence/flashSchema';
export { MemoryFlashStore, writeFlashActor, type FlashStore } from './persistence/flashStore';
export type { PasswordHash } from './security/passwordHash';
export {
  issueTemporaryPassword,
  checkTemporaryPassword,
  type TemporaryPasswordRequest,
} from './security/temporaryPassword';
export { formatDeviceDate } from './domain/clockSetting';
export { SimulationClock } from './sim/simulationClock';
export { snapshotToOsdModel, type RecorderSnapshot } from './view/snapshotToOsdModel';
export * from './view/osdModel';
export * from './controls/controlIds';
export { SYSTEM_DATE_LABEL } from './view/screens/liveView';
export { isAppVerificationAccepted, recorderDisplayedDate } from './view/recorderForApp';
export {
  newRecorderInput,
  firmwareSeedFor,
  manufacturedYearMonthFor,
  type NewRecorderOptions,
} from './headless/newRecorder';
export {
  createHeadlessRecorder,
  type HeadlessRecorder,
  type HeadlessRecorderOptions,
} from './headless/headlessRecorder';
export { drive, RecorderDriver, alertOf, valuesOf, liveControls } from './headless/recorderDriver';
export {
  createRecorder,
  importRecorder,
  screenSummary,
  stateText,
  type CreateRecorderOptions,
  type Recorder,
  type ScreenSummary,
} from './headless/recorderApi';
export {
  buildPreset,
  isPresetId,
  PRESETS,
  PRESET_IDS,
  PRESET_PASSWORDS,
  PRESET_SECURITY_ANSWERS,
  SECOND_ADMIN_NAME,
  type BuiltPreset,
  type PresetCredential,
  type PresetId,
} from './headless/presets';
export {
  parseRecorderDocument,
  recorderDocument,
  RecorderDocumentError,
  RECORDER_DOCUMENT_FORMAT,
  RECORDER_DOCUMENT_VERSION,
  type RecorderDocument,
} from './headless/recorderDocument';
export { migrateFlash, FLASH_MIGRATIONS } from './persistence/flashMigrations';
// Exports of storage, upgrade and defaults
export type { RecorderEmitted } from './machine/types';
export {
  firmwareStick,
  isUsbStickWritten,
  withUsbFile,
  freeMb,
  type UsbStick,
  type UsbFile,
  type UsbFileKind,
} from './domain/usbStick';
export { hardwareStatus, type HardwareStatus, type PowerLed, type HddLed } from './view/hardwareStatus';
export { diskSummary, type DiskSummary } from './domain/recordings';
export { RESTORE_POLICY } from './domain/defaults';
// Cameras and the site (P7 camera side, P8, P9)
export type { UsersEvent, CameraEvent, CameraEmitted, PortCamera, AccessEvent, StorageEvent } from './machine/types';
export {
  CAMERA_MODELS,
  IP_CAMERA_BOOT_MS,
  IP_CAMERA_RESET_HOLD_MS,
  IP_CAMERA_RESET_RESTART_MS,
  WIFI_CAMERA_RESET_HOLD_MS,
  isCameraModelId,
  manufactureCamera,
  type CameraIdentity,
  type CameraLed,
  type CameraModel,
  type CameraModelId,
} from './camera/cameraCatalogue';
export {
  ipCameraLed,
  ipCameraMachine,
  isIpCameraOnline,
  type IpCameraEvent,
  type IpCameraPersisted,
} from './camera/ipCameraMachine';
export {
  wifiCameraLed,
  wifiCameraMachine,
  type WifiCameraEvent,
  type WifiCameraPersisted,
} from './camera/wifiCameraMachine';
export { channelStatus, type ChannelStatus } from './camera/nvrChannels';
export {
  attachCameras,
  isPoweringPorts,
  type AttachCamerasOptions,
  type AttachedCameras,
  type SiteCameraRecord,
} from './camera/attachCameras';
export {
  cameraSerial,
  cameraSeedFor,
  cameraTitle,
  newWorldCameras,
  NEW_WORLD_CAMERAS,
  type CameraSlot,
} from './camera/worldCameras';
export { describeCamera, describeCameras, ledText, type CameraStatus, type CameraView } from './camera/cameraView';
export {
  createHeadlessSite,
  type Chime,
  type HeadlessSite,
  type HeadlessSiteOptions,
  type SiteCameraOptions,
} from './headless/site';
// What the outside world's logic (outside/) builds on: seeded randomness, password hashing, the unit identity's
// sizes and the schema of a stored hash.
export { SeededRandom } from './domain/random';
export { hashPassword, verifyPassword } from './security/passwordHash';
export { utf8 } from './security/webCrypto';
export { passwordHashSchema, plainTextSchema, storedTimeSchema } from './persistence/flashSchema';
export { describeIssue, firstProblem, REPORT_INPUT } from './persistence/schemaProblem';
export { CONTROL_CHARACTERS_PROBLEM, hasControlCharacters } from './domain/plainText';
export { passwordProblemMessage } from './domain/passwordRules';
export { DEVICE_ID_LENGTH } from './domain/unitIdentity';
export { PASSWORD_SALT_BYTES, PBKDF2_ITERATIONS } from './catalogue/rules';
export type { ResetPathId } from './catalogue/profiles';
