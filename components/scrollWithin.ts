/**
 * Brings `item` into view inside the scrolling `container` only (the container is its offsetParent: it is
 * positioned). Element.scrollIntoView would also scroll YouTube's page, pulling the learner away from the video.
 */
export function scrollWithin(container: HTMLElement, item: HTMLElement): void {
  const top = item.offsetTop;
  const bottom = top + item.offsetHeight;
  if (top < container.scrollTop) container.scrollTop = top;
  else if (bottom > container.scrollTop + container.clientHeight) container.scrollTop = bottom - container.clientHeight;
}
