// The notebook: every note of the series on one extension page, opened from the popup.
import { render } from 'preact';
import '@/components/panel.css';
import '@/components/pages.css';
import { followColorScheme } from '@/components/pages/follow-color-scheme';
import { setMathsLoader } from '@/components/maths/maths-loader';
import { askForFirstScreen } from '@/components/pages/useAllNotes';
import { FIRST_SCREEN, NotebookApp } from './App';

// The first screen of notes is asked for before anything renders: the answer travels while the page paints.
askForFirstScreen(FIRST_SCREEN);

followColorScheme();
setMathsLoader(async () => (await import('@/components/maths/temml-renderer')).renderMaths);
render(<NotebookApp />, document.getElementById('app')!);
