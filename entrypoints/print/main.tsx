// The study sheet: each chapter's key moments, the learner's notes and (if wanted) its glossary, made for paper.
import { render } from 'preact';
import '@/components/panel.css';
import '@/components/pages.css';
import '@/components/print-sheet.css';
import { followColorScheme } from '@/components/pages/follow-color-scheme';
import { setMathsLoader } from '@/components/maths/maths-loader';
import { StudySheetApp } from './App';

followColorScheme();
setMathsLoader(async () => (await import('@/components/maths/temml-renderer')).renderMaths);
render(<StudySheetApp />, document.getElementById('app')!);
