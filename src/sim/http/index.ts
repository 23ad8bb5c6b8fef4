export { frontDoor } from './frontDoor';
export { SIM_EPOCH_MS, httpDate } from './date';
export { utf8, fromUtf8, latin1, concat, preview } from './bytes';
export { getHeader, setHeader, withoutHeader } from './headers';
