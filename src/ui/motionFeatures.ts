/**
 * framer-motion's animation features (domMax: layout and shared-layout
 * animations, which carry a request token from box to box). Loaded after the
 * first frame through LazyMotion, so the first frame ships ~13 KB of
 * framer-motion instead of ~45 KB (gzip).
 */
import { domMax } from 'framer-motion';

export default domMax;
