import type { DeedSidePanelContext } from '../deed-editor/deed-side-panel';
import { SideTabCount } from '../deed-editor/side-tab-count';
import { useCommentThreads } from './use-comment-threads';

/**
 * The number of open threads beside the « Commentaires » tab. Always on screen, it also keeps the
 * threads (and so the highlights in the text) live while another tab is open.
 */
export function CommentThreadsBadge({ context }: { context: DeedSidePanelContext }) {
  const { snapshot } = useCommentThreads(context);
  const open = snapshot.threads.filter((t) => t.status === 'open').length;
  return open > 0 ? (
    <span data-testid="comments-open-count" data-count={open}>
      <SideTabCount count={open} />
    </span>
  ) : null;
}
