/**
 * Text that a narrow station may wrap after each `mark` (start_ / response,
 * time. / sleep()) rather than inside a word: a <wbr> after each, which adds
 * no character to the text a screen reader or a copy gets.
 */
import { Fragment, type ReactNode } from 'react';

export function breakAfter(text: string, mark: string): ReactNode {
  const parts = text.split(mark);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 ? (
        <>
          {mark}
          <wbr />
        </>
      ) : null}
    </Fragment>
  ));
}
