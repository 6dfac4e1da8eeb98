// The series glossary: every term of the nine videos on one extension page, A–Z or by chapter.
import { render } from 'preact';
import '@/components/panel.css';
import '@/components/pages.css';
import '@/components/page-sections.css';
import { followColorScheme } from '@/components/pages/follow-color-scheme';
import { GlossaryApp } from './App';

followColorScheme();
render(<GlossaryApp />, document.getElementById('app')!);
