/** The panel's side of components/parts/shared-preact-names.ts: called by the panel script as it starts. */
import { Component, Fragment } from 'preact';
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { jsx, jsxDEV, jsxs } from 'preact/jsx-runtime';
import { SHARED_PREACT, SHARED_PREACT_KEY, type SharedPreactModule } from './shared-preact-names';

type Lent = { [M in SharedPreactModule]: Record<(typeof SHARED_PREACT)[M][number], unknown> };

export function lendPreact(): void {
  const lent: Lent = {
    preact: { Component, Fragment },
    'preact/hooks': { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState },
    'preact/jsx-runtime': { Fragment, jsx, jsxs },
    'preact/jsx-dev-runtime': { Fragment, jsxDEV },
  };
  (globalThis as typeof globalThis & { [SHARED_PREACT_KEY]?: Lent })[SHARED_PREACT_KEY] = lent;
}
