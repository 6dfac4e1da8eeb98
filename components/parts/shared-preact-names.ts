/**
 * What the panel script lends the parts it injects later (utils/panel-parts.ts) of Preact: a part renders into
 * the panel's tree, so it must use the panel's own Preact (hooks keep their state in it), not a copy. The build
 * points a part's imports of these modules at the lent ones (wxt.config.ts); a part that imports a name missing
 * here does not build.
 */
export const SHARED_PREACT = {
  preact: ['Component', 'Fragment'],
  'preact/hooks': ['useCallback', 'useContext', 'useEffect', 'useLayoutEffect', 'useMemo', 'useReducer', 'useRef', 'useState'],
  'preact/jsx-runtime': ['Fragment', 'jsx', 'jsxs'],
  // What JSX compiles to when the build is not for production (NODE_ENV=test, as in the end-to-end tests).
  'preact/jsx-dev-runtime': ['Fragment', 'jsxDEV'],
} as const;

export type SharedPreactModule = keyof typeof SHARED_PREACT;

/** Where on the isolated world's global object (which the page cannot see) the panel leaves them. */
export const SHARED_PREACT_KEY = '__marginPreact';
