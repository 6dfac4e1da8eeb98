/**
 * Hostile strings for note text, tags and file names. Each one, were it ever run as code, calls the canary
 * `__xss(id)`; each element it would inject carries `data-xss`. So "0 executions" is an empty canary and
 * "0 injected elements" is no `[data-xss]` (nor any inline handler, nor a javascript: link) on any surface.
 */

const img = (id: number) => `<img data-xss src=x onerror=__xss(${id})>`;

/** Note text: HTML, attributes, URLs, Markdown, maths (temml), templates, encodings, sizes. */
export const TEXT_PAYLOADS: readonly string[] = [
  img(1),
  `<script data-xss>__xss(2)</script>`,
  `<svg data-xss onload=__xss(3)>`,
  `"><img data-xss src=x onerror=__xss(4)>`,
  `'><svg/onload=__xss(5) data-xss>`,
  `<iframe data-xss src="javascript:__xss(6)"></iframe>`,
  `<a data-xss href="javascript:__xss(7)">click me</a>`,
  `[a link](javascript:__xss(8))`,
  `![picture](x" onerror="__xss(9))`,
  `<details data-xss open ontoggle=__xss(10)>`,
  `<body data-xss onload=__xss(11)>`,
  `<input data-xss autofocus onfocus=__xss(12)>`,
  `<math data-xss><mtext><img src=x onerror=__xss(13)></mtext></math>`,
  `$\\href{javascript:__xss(14)}{x}$`,
  `$\\url{javascript:__xss(15)}$`,
  `$\\class{x" onerror="__xss(16)}{y}$`,
  `$${img(17)}$`,
  `$\\text{${img(18)}}$`,
  `{{constructor.constructor('__xss(19)')()}}`,
  `\${__xss(20)}`,
  `<style data-xss>@import 'javascript:__xss(21)';</style>`,
  `<object data-xss data="javascript:__xss(22)"></object>`,
  `<embed data-xss src="javascript:__xss(23)">`,
  `<form data-xss><button formaction="javascript:__xss(24)">go</button></form>`,
  `<meta data-xss http-equiv="refresh" content="0;url=javascript:__xss(25)">`,
  `<base data-xss href="javascript:__xss(26)//">`,
  `<template data-xss><img src=x onerror=__xss(27)></template>`,
  `<noscript><p title="</noscript>${img(28)}">`,
  `<!--${img(29)}-->`,
  `<img data-xss src=x onerror=&#95;&#95;xss(30)>`,
  `&lt;img data-xss src=x onerror=__xss(31)&gt;`,
  `javascript:__xss(32)`,
  `data:text/html,<script data-xss>__xss(33)</script>`,
  `see 1:23 ${img(34)} and 5:31`,
  `5:31<svg data-xss onload=__xss(35)>`,
  `<a data-xss href="https://www.youtube.com/watch?v=aircAruvnKk&t=1" onclick="__xss(36)">at 0:01</a>`,
  `<marquee data-xss onstart=__xss(37)>scroll</marquee>`,
  `<video data-xss><source onerror=__xss(38)></video>`,
  `<audio data-xss src=x onerror=__xss(39)>`,
  `<div data-xss style="background:url(javascript:__xss(40))">styled</div>`,
  `<x data-xss contenteditable onfocus=__xss(41) autofocus>`,
  `<img data-xss src=x onerror=__xss(42)`,
  `\u202e${img(43)}`,
  `<scr<script>ipt data-xss>__xss(44)</scr</script>ipt>`,
  `<IMG DATA-XSS SRC=x ONERROR=__xss(45)>`,
  `<svg data-xss><animate onbegin=__xss(46) attributeName=x dur=1s>`,
  `<link data-xss rel=stylesheet href="javascript:__xss(47)">`,
  `| a | b |\n|---|---|\n| ${img(48)} | x |`,
  `# ${img(49)}`,
  `\`code\` ${img(50)}`,
  `<a data-xss href="jav&#x09;ascript:__xss(51)">tab</a>`,
  `%3Cimg%20data-xss%20src%3Dx%20onerror%3D__xss(52)%3E`,
  `<math><maction data-xss actiontype="statusline" href="javascript:__xss(53)">x</maction></math>`,
  `$x$${img(54)}$y$`,
  `${'A'.repeat(4000)}${img(55)}`,
  `<isindex data-xss type=image src=1 onerror=__xss(56)>`,
  `[x](data:text/html;base64,PHNjcmlwdD5fX3hzcyg1Nyk8L3NjcmlwdD4=) <a data-xss href="vbscript:__xss(57)">v</a>`,
  `<svg><foreignObject><img data-xss src=x onerror=__xss(58)></foreignObject></svg>`,
];

/** Tags (at most 40 characters each, the notes' limit). */
export const TAG_PAYLOADS: readonly string[] = [
  img(101),
  `<svg data-xss onload=__xss(102)>`,
  `"><img data-xss src onerror=__xss(103)>`,
  `javascript:__xss(104)`,
  `<script data-xss>__xss(105)</script>`,
  `#<b data-xss onclick=__xss(106)>tag</b>`,
  `{{__xss(107)}}`,
  `\${__xss(108)}`,
  `$\\href{javascript:__xss(109)}{t}$`,
  `<a data-xss href=javascript:__xss(110)>t`,
  `' onmouseover='__xss(111)`,
  `<details open ontoggle=__xss(112)>`,
  `[t](javascript:__xss(113))`,
  `<input onfocus=__xss(114) autofocus>`,
];

/** File names of imports (shown back in the notebook's import messages). */
export const FILE_NAME_PAYLOADS: readonly string[] = [
  `${img(201)}.json`,
  `"><svg data-xss onload=__xss(202)>.json`,
  `javascript:__xss(203).json`,
  `\${__xss(204)} {{__xss(204)}}.json`,
];

/** A field name for a broken import, which the notebook names in its list of problems. */
export const FIELD_NAME_PAYLOAD = img(301);

export const PAYLOAD_COUNT = TEXT_PAYLOADS.length + TAG_PAYLOADS.length + FILE_NAME_PAYLOADS.length + 1;

/** Defines the canary `__xss` in a page's main world, and records CSP reports and dialogs there. */
export function installCanary(): void {
  const w = window as unknown as { __xssHits: unknown[]; __xss: (id: unknown) => void; __cspReports: string[] };
  w.__xssHits = [];
  w.__cspReports = [];
  w.__xss = (id) => w.__xssHits.push(id);
  document.addEventListener('securitypolicyviolation', (event) => w.__cspReports.push(`${event.violatedDirective} ${event.blockedURI}`));
}

/**
 * Counted in a page's main world: elements a payload injected, inline handlers and javascript: links, inside
 * `within` (a selector of hosts whose open roots are searched; the whole document when null).
 */
export function countInjected(within: string | null): { injected: number; handlers: number; scriptLinks: number; hits: unknown[] } {
  const roots: (Document | ShadowRoot | Element)[] = [];
  const collect = (root: Document | ShadowRoot | Element) => {
    roots.push(root);
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) collect(element.shadowRoot);
  };
  if (within === null) collect(document);
  else for (const host of document.querySelectorAll(within)) if (host.shadowRoot) collect(host.shadowRoot);
  let injected = 0;
  let handlers = 0;
  let scriptLinks = 0;
  for (const root of roots) {
    injected += root.querySelectorAll('[data-xss]').length;
    for (const element of root.querySelectorAll('*')) {
      if (element.getAttributeNames().some((name) => name.toLowerCase().startsWith('on'))) handlers += 1;
      const href = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '';
      if (/^\s*(javascript|vbscript|data:text\/html)/i.test(href)) scriptLinks += 1;
    }
  }
  return { injected, handlers, scriptLinks, hits: (window as unknown as { __xssHits?: unknown[] }).__xssHits ?? ['no canary'] };
}
