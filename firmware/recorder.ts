/**
 * The recorder hosts run: the firmware's chart (machine/) with the view's focus orders, so the remote's arrows walk
 * the controls the OSD shows. The machine never imports the view; this is where the two meet.
 */
import { moveFocusAlong } from './machine/features/forms/focus';
import { recorderChart, type RecorderMachine } from './machine/recorderMachine';
import { focusOrderOf } from './view/focusOrders';

export type { RecorderMachine };

export const recorderMachine: RecorderMachine = recorderChart.provide({
  actions: { moveFocus: moveFocusAlong(focusOrderOf) },
});
