/** The load lab's engine side: run the same seeded load through several lanes. */
export type * from './types';
export { runLab, defaultLoad, normalizeLoad } from './lab';
export { defaultLanes, defaultSizes, workerCapacity, LANE_LABELS } from './lanes';
export { computeFigures, FigureCounter, memoryOf } from './metrics';
export { percentile } from './percentile';
