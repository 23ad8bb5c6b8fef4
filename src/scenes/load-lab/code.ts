/** The lab draws lanes, not code; its short trace is the big picture's kind of site. */
export { code } from '../big-picture/code';
