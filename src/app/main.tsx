// Placeholder entry (infrastructure): starts the simulated server. The UI replaces this file.
import { startServer } from '../server';

void startServer();
