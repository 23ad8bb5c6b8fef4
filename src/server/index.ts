/** The simulated server's public API (msw is loaded lazily by startServer). */
export { startServer, type ServerMode } from './start';
export { setSite, getSimulator, type ServerSimulator } from './siteRegistry';
export { subscribe, type ServedRequest, type Listener } from './bus';
export { DEMO_ORIGIN } from './answer';
