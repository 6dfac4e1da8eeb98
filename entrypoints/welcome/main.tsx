// The page Margin opens once, on install: what it does and how to start.
import { render } from 'preact';
import '@/components/panel.css';
import '@/components/pages.css';
import '@/components/page-sections.css';
import { followColorScheme } from '@/components/pages/follow-color-scheme';
import { WelcomeApp } from './App';

followColorScheme();
render(<WelcomeApp />, document.getElementById('app')!);
