// The notebook: every note of the series on one extension page, opened from the popup.
import { render } from 'preact';
import '@/components/panel.css';
import '@/components/pages.css';
import { followColorScheme } from '@/components/pages/follow-color-scheme';
import { setMathsLoader } from '@/components/maths/maths-loader';
import { askForFirstScreen, NOTEBOOK_FIRST_SCREEN } from '@/components/pages/first-screen';
import { NotebookApp } from './App';

// Asked for by the page's early script (entrypoints/notebook-early.ts) already; asked here should that have failed.
askForFirstScreen(NOTEBOOK_FIRST_SCREEN);

followColorScheme();
setMathsLoader(async () => (await import('@/components/maths/temml-renderer')).renderMaths);
render(<NotebookApp />, document.getElementById('app')!);
