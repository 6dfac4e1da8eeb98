// The notebook: every note of the series on one extension page, opened from the popup.
import { render } from 'preact';
import '@/components/panel.css';
import '@/components/pages.css';
import { followColorScheme } from '@/components/pages/follow-color-scheme';
import { setMathsLoader } from '@/components/maths/maths-loader';
import { NotebookApp } from './App';

followColorScheme();
setMathsLoader(async () => (await import('@/components/maths/temml-renderer')).renderMaths);
render(<NotebookApp />, document.getElementById('app')!);
