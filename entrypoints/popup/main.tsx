// The toolbar button's popup: the video open in this tab, the series, and the way to the notebook.
import { render } from 'preact';
import '@/components/panel.css';
import '@/components/pages.css';
import { followColorScheme } from '@/components/pages/follow-color-scheme';
import { PopupApp } from './App';

followColorScheme();
render(<PopupApp />, document.getElementById('app')!);
