/** The same pool of threads as the threads scene: its two views show the GIL at work. */
export { code } from '../threads/code';
