/** One box on the path: a titled card. */
import type { ReactNode } from 'react';

export function Station({
  id,
  kind,
  title,
  sub,
  active,
  className,
  children,
}: {
  id: string;
  kind: string;
  title: string;
  sub?: ReactNode;
  active: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const classes = ['stage-station', `stage-station--${kind}`];
  if (active) classes.push('is-active');
  if (className) classes.push(className);
  return (
    <section className={classes.join(' ')} data-box={id}>
      <header className="stage-station-head">
        <h3 className="stage-station-title">{title}</h3>
        {sub ? <div className="stage-station-sub">{sub}</div> : null}
      </header>
      <div className="stage-station-body">{children}</div>
    </section>
  );
}

/** The line between two boxes (horizontal on wide stages, vertical on narrow ones). */
export function Link() {
  return <div className="stage-link" aria-hidden="true" />;
}
