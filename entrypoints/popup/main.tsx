// The toolbar button's popup: the video open in this tab, the series, and the way to the notebook.
import { render } from 'preact';
import '@/components/panel.css';
import '@/components/pages.css';
import { PopupApp } from './App';

render(<PopupApp />, document.getElementById('app')!);
