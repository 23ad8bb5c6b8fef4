/** The protocol layer the simulator uses unless a test injects another. */
import { fakeProtocol } from './fakeProtocol';
import type { Protocol } from './world';

export const defaultProtocol: Protocol = fakeProtocol;
