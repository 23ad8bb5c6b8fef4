/** The simulated server's public API (msw is loaded lazily by startServer). */
export { startServer, type ServerMode } from './start';
export { DEMO_ORIGIN, type Routes, type RequestTarget } from './answer';
