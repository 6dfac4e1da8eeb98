// Margin's options: every setting in one place (also reachable from the browser's extension manager).
import { render } from 'preact';
import '@/components/panel.css';
import '@/components/pages.css';
import '@/components/page-sections.css';
import { followColorScheme } from '@/components/pages/follow-color-scheme';
import { OptionsApp } from './App';

followColorScheme();
render(<OptionsApp />, document.getElementById('app')!);
