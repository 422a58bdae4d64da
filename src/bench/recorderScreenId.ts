/** The id of the Recorder screen element (Monitor.tsx), the target of the "Skip to recorder screen" link. */
export const RECORDER_SCREEN_ID = 'recorder-screen';
