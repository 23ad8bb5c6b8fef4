/**
 * One scenario per scene of the storyboard. Each is written in its scene's
 * module (src/scenes/<id>/index.ts, with the scene's titles and examples);
 * this re-export keeps the engine's tests and older importers working.
 * Traces stay small (tens to a few hundred events) so a learner can step
 * through them.
 */
export { scenarios } from '../../scenes';
