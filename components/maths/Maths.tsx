import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { loadMathsRenderer } from './maths-loader';

interface Props {
  tex: string;
  display: boolean;
  /** As typed, delimiters included: shown while the renderer loads, and for TeX it cannot read. */
  source: string;
}

/** `plain`: this view has no maths renderer (or it failed to load): the TeX shows as typed, unmarked. */
type State = 'loading' | 'shown' | 'invalid' | 'plain';

/**
 * One piece of maths of a note, as MathML. The element temml fills is Preact's but never given children by it,
 * so a re-render does not disturb the MathML. Until it shows, the TeX is shown as typed; TeX that cannot be read
 * stays as typed, with a dotted underline and a title that say so: never an error.
 */
export function Maths({ tex, display, source }: Props) {
  const target = useRef<HTMLSpanElement>(null);
  const [state, setState] = useState<State>('loading');
  useLayoutEffect(() => {
    let current = true;
    setState('loading');
    loadMathsRenderer().then(
      (render) => {
        if (current && target.current) setState(render(tex, display, target.current) ? 'shown' : 'invalid');
      },
      (error: unknown) => {
        console.warn('[Margin] maths shown as typed: the renderer did not load:', error);
        if (current) setState('plain');
      },
    );
    return () => {
      current = false;
    };
  }, [tex, display]);
  return (
    <span class={display ? 'maths maths-display' : 'maths'}>
      <span ref={target} class="maths-out" hidden={state !== 'shown'} />
      {state !== 'shown' && (
        <span class={state === 'invalid' ? 'maths-source maths-invalid' : 'maths-source'}
          title={state === 'invalid' ? 'Shown as typed: Margin could not read this as TeX' : undefined}>
          {source}
        </span>
      )}
    </span>
  );
}
