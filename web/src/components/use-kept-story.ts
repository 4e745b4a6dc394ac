import { useEffect } from 'react';
import { api, getJson } from '../api';
import type { StoryDetail } from '../api';
import { navigate, useLocation, withParams } from '../router';

/**
 * A saved link may name a story that has since merged into another: the API answers the old id with the
 * story kept, but a view that matches stories by id (the chart's lanes, the story picker) would show
 * nothing. Once the stories are listed and the link's id is not among them, this asks for the story and
 * rewrites the address to the id kept, in place, so the back button does not return to the old one.
 */
export function useKeptStory(story: string, listed: readonly { id: string }[] | null): void {
  const location = useLocation();
  const known = !story || !listed || listed.some((s) => s.id === story);
  useEffect(() => {
    if (known) return;
    const controller = new AbortController();
    getJson<StoryDetail>(api.story(story), controller.signal).then(
      (detail) => {
        if (!controller.signal.aborted && detail.story.id !== story)
          navigate(withParams(location, { story: detail.story.id }), { replace: true });
      },
      // An unknown story (404) or a failed request changes nothing: the view says itself what it found.
      () => undefined,
    );
    return () => controller.abort();
    // `location` is read when the answer lands; the id and whether it is listed decide when to ask.
  }, [story, known]);
}
