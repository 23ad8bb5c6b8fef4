/** The protocol layer the simulator uses unless a test injects another. */
import { frontDoor } from '../http';
import { serveWsgi } from '../wsgi';
import type { Protocol } from './world';

export const defaultProtocol: Protocol = { frontDoor, serveWsgi };
