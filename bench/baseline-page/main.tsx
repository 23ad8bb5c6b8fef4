// The bench's baseline: an empty Vite + React page, built like the product,
// setting the same mark the product sets when its stage first renders.
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Empty() {
  useEffect(() => {
    performance.mark('stage:first-render');
  }, []);
  return <p>Hello</p>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Empty />
  </StrictMode>,
);
