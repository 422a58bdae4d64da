/** The id of the Recorder screen element (Monitor.tsx), the target of the "Skip to main content" link. */
export const RECORDER_SCREEN_ID = 'recorder-screen';
