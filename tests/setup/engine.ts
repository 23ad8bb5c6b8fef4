// The UI loads the engine and the narration's sentences after its first frame
// (src/session/engine.ts, src/ui/narrate.ts). Unit tests render at once, so
// they start with both already loaded.
import { loadEngine } from '../../src/session/engine';
import { loadNarration } from '../../src/ui/narrate';

await Promise.all([loadEngine(), loadNarration('en'), loadNarration('ko')]);
