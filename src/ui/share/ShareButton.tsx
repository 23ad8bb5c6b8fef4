/**
 * "Share / Embed" in the site's header: opens the dialog. It also keeps the
 * page's oEmbed discovery link on the current scene, so a blog engine given
 * the page's URL finds that scene's oEmbed file.
 */
import { useEffect, useState } from 'react';
import { setOembedLink } from '../../embed/oembed';
import { useExplainer } from '../../store/context';
import type { ExplainerState } from '../../store/explainerStore';
import { ShareDialog } from './ShareDialog';
import { useShareT } from './useShareT';

const selectScene = (s: ExplainerState) => s.scene;

export function ShareButton() {
  const t = useShareT();
  const scene = useExplainer(selectScene);
  const [open, setOpen] = useState(false);
  useEffect(() => setOembedLink(scene), [scene]);
  return (
    <>
      <button
        type="button"
        className="share-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('share.button')}
      </button>
      {open && <ShareDialog onClose={() => setOpen(false)} />}
    </>
  );
}
