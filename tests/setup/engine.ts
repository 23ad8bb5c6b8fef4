// The UI loads the engine after its first frame (src/ui/engine.ts). Unit
// tests render at once, so they start with the engine already loaded.
import { loadEngine } from '../../src/ui/engine';

await loadEngine();
