/**
 * Clears framer-motion's shared-layout stacks (what its public
 * useResetProjection does). A module of its own, loaded with import() after
 * the first frame: importing the hook statically pulled framer-motion's
 * projection code (~15 KB gzip) into every embed's first frame.
 */
import { rootProjectionNode } from 'motion-dom';

export function resetProjection(): void {
  rootProjectionNode.current?.resetTree();
}
