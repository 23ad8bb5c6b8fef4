/** The preview frame's height, from the frame's own height messages (same origin, that frame's window only). */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { HEIGHT_MESSAGE } from '../../embed/heightReporter';

export function usePreviewHeight(initial = 420): [RefObject<HTMLIFrameElement | null>, number] {
  const ref = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(initial);
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const frame = ref.current;
      if (!frame || e.source !== frame.contentWindow || e.origin !== window.location.origin) return;
      const data = e.data as { type?: unknown; height?: unknown } | null;
      if (data?.type !== HEIGHT_MESSAGE || typeof data.height !== 'number') return;
      setHeight(Math.min(4000, Math.max(120, Math.round(data.height))));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return [ref, height];
}
