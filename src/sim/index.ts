/** The engine's public API: pure TypeScript, no DOM, no real time, no randomness. */
export type * from './types';
export type {
  Step,
  StepRun,
  FrontDoor,
  FrontDoorOutcome,
  ServeWsgi,
  ConnectionInfo,
} from './steps';
export {
  createSimulator,
  runScenario,
  startScenario,
  type Simulator,
  type SceneWorld,
  type HandleOptions,
} from './simulator';
export { scenarios, defaultSite, siteWith, type SiteChanges } from './scenarios';
export type { Protocol } from './engine/world';
export { recordedProtocol } from './wsgi/recordedProtocol';
export { scriptRecording } from './apps';
export type { Recording, RecordedEvent } from './apps/recording';
