// The UI loads the engine after its first frame (src/session/engine.ts). Unit
// tests render at once, so they start with the engine already loaded.
import { loadEngine } from '../../src/session/engine';

await loadEngine();
