import type { ComponentChildren } from 'preact';

interface Props {
  href: string;
  /** Opens `href` within YouTube's own navigation; a modified click (new tab, new window) is left to the browser. */
  navigate: (href: string) => void;
  class?: string;
  rel?: string;
  /** The accessible name, where the visible text alone would not say enough (it must contain that text). */
  label?: string;
  children: ComponentChildren;
}

export function SeriesLink({ href, navigate, children, label, ...rest }: Props) {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={onClick} aria-label={label} {...rest}>
      {children}
    </a>
  );
}

export function watchUrl(videoId: string, t?: number): string {
  const url = new URL('https://www.youtube.com/watch');
  url.searchParams.set('v', videoId);
  if (t !== undefined && t > 0) url.searchParams.set('t', `${Math.floor(t)}s`);
  return url.href;
}
