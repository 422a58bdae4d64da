/** loggingBoot (under `ready`): writes the boot's System Log entry (busy), then live view. */
import { recorderSetup } from '../../setup';
import { TARGET } from '../../targets';
import { writingLog } from '../flash/writeFlash';

export const loggingBoot = recorderSetup.createStateConfig(writingLog(TARGET.liveView));
