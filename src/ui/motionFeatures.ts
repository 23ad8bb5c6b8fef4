/**
 * framer-motion's animation features (domAnimation: animate, exit, variants;
 * no layout projection: the stage places its tokens from data and animates
 * their transform). Loaded after the first frame through LazyMotion, so the
 * first frame ships only framer-motion's small core.
 */
import { domAnimation } from 'framer-motion';

export default domAnimation;
