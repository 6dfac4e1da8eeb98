/**
 * The lesson site's page script (bundled into /assets/imitation-site.js). Like app/components/YouTube.tsx with the
 * package youtube-video-element: the "Play video" button is replaced on click by
 * `<youtube-video src="https://www.youtube.com/watch?v=ID&t=0s" controls>`, a custom element whose OPEN shadow root
 * holds the iframe of `https://www.youtube.com/embed/ID?…&enablejsapi=1…&start=0`. The element talks to the embed
 * the way YouTube's iframe API does, by postMessage (which is why Margin must not: the page reads and writes it).
 * The page then waits for the element's readyState 4 and calls play(), as useVideo's play() does.
 * `?embed-player=desktop` on the lesson page asks the embed for the old desktop player chrome.
 */

const EMBED_ORIGIN = 'https://www.youtube.com';

interface PlayerInfo {
  currentTime?: number;
  duration?: number;
  playerState?: number;
}

class YouTubeVideoElement extends HTMLElement {
  readyState = 0;
  info: PlayerInfo = {};
  private frame: HTMLIFrameElement | null = null;

  connectedCallback(): void {
    if (this.shadowRoot) return;
    const id = new URL(this.getAttribute('src') ?? '', location.href).searchParams.get('v') ?? '';
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ':host{display:block;aspect-ratio:16/9}iframe{width:100%;height:100%;border:0}';
    const params = new URLSearchParams({
      controls: this.hasAttribute('controls') ? '1' : '0', enablejsapi: '1', cc_load_policy: '1', showinfo: '0', rel: '0',
      iv_load_policy: '3', modestbranding: '1', preload: 'metadata', start: '0',
    });
    const player = new URLSearchParams(location.search).get('embed-player');
    if (player) params.set('imitation-player', player);
    const frame = document.createElement('iframe');
    frame.src = `${EMBED_ORIGIN}/embed/${id}?${params.toString()}`;
    frame.allow = 'accelerometer; autoplay; fullscreen; encrypted-media; gyroscope; picture-in-picture';
    frame.addEventListener('load', () => this.post({ event: 'listening', id: 1 }));
    root.append(style, frame);
    this.frame = frame;
    window.addEventListener('message', (event) => {
      if (event.origin !== EMBED_ORIGIN || event.source !== frame.contentWindow || typeof event.data !== 'string') return;
      const data = JSON.parse(event.data) as { event?: string; info?: PlayerInfo };
      if (data.event === 'onReady') {
        this.readyState = 4;
        this.dispatchEvent(new Event('canplay'));
      }
      if (data.event === 'infoDelivery' && data.info) {
        this.info = { ...this.info, ...data.info };
        if (data.info.playerState === 1) this.dispatchEvent(new Event('play'));
        if (data.info.playerState === 2) this.dispatchEvent(new Event('pause'));
      }
    });
  }

  private post(message: object): void {
    this.frame?.contentWindow?.postMessage(JSON.stringify(message), EMBED_ORIGIN);
  }

  play(): Promise<void> {
    this.post({ event: 'command', func: 'playVideo', args: [] });
    return Promise.resolve();
  }

  pause(): void {
    this.post({ event: 'command', func: 'pauseVideo', args: [] });
  }
}

customElements.define('youtube-video', YouTubeVideoElement);

function waitFor<T>(read: () => T | null | undefined | false): Promise<T> {
  return new Promise((resolve) => {
    const tick = () => {
      const value = read();
      if (value) resolve(value);
      else setTimeout(tick, 50);
    };
    tick();
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[aria-label="Play video"]')) {
  button.addEventListener('click', () => {
    const id = button.dataset.video ?? '';
    const element = document.createElement('youtube-video') as YouTubeVideoElement;
    element.className = button.className;
    element.setAttribute('src', `https://www.youtube.com/watch?v=${id}&t=0s`);
    element.setAttribute('poster', `https://img.youtube.com/vi/${id}/maxresdefault.jpg`);
    element.setAttribute('controls', '');
    button.replaceWith(element);
    element.scrollIntoView({ block: 'center' });
    void waitFor(() => element.readyState === 4).then(() => element.play());
  });
}

/** Test hooks in the page's main world. */
(window as unknown as { __site: object }).__site = {
  /** The page's own use of the iframe API: what the element last heard from the embed. */
  playerInfo: () => document.querySelector<YouTubeVideoElement>('youtube-video')?.info ?? null,
  setDark: (dark: boolean) => document.documentElement.classList.toggle('dark', dark),
};
