// The toolbar button's popup: the video open in this tab, the series, and the way to the notebook.
import { render } from 'preact';
import '@/components/panel.css';
import '@/components/pages.css';
import { followColorScheme } from '@/components/pages/follow-color-scheme';
import { setMathsLoader } from '@/components/maths/maths-loader';
import { PopupApp } from './App';

followColorScheme();
setMathsLoader(async () => (await import('@/components/maths/temml-renderer')).renderMaths);
render(<PopupApp />, document.getElementById('app')!);
