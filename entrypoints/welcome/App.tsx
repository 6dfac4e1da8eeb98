import { browser } from 'wxt/browser';
import { ContinueSeries } from '@/components/pages/ContinueSeries';
import { useCourse } from '@/components/useCourse';
import { openShortcutSettings } from '@/components/pages/shortcut-settings';
import { useAddNoteShortcut } from '@/components/useAddNoteShortcut';

const isFirefox = navigator.userAgent.includes('Firefox');

/** The first-run page: what Margin does, where to start, the shortcut, the toolbar icon, and where notes live. */
export function WelcomeApp() {
  const course = useCourse();
  const shortcut = useAddNoteShortcut();
  const openPage = (page: 'notebook' | 'options') => void browser.tabs.create({ url: browser.runtime.getURL(`/${page}.html`) });
  return (
    <div class="page welcome">
      <header>
        <h1>Welcome to Margin</h1>
        <p class="lead">
          A study desk beside 3Blue1Brown's neural-network series on YouTube. Open any of its nine videos and Margin
          shows a panel next to the player: the lesson's key moments, a glossary of its terms, and your own notes,
          each tied to the second of the video it belongs to.
        </p>
      </header>
      <main>
        {course ? <ContinueSeries course={course} /> : <p>Loading your progress…</p>}

        <section aria-labelledby="shortcut-heading">
          <h2 id="shortcut-heading">Add a note without leaving the video</h2>
          {shortcut === null ? (
            <p>Reading your shortcut…</p>
          ) : shortcut ? (
            <p>
              Press <kbd class="shortcut">{shortcut}</kbd> while a lesson plays (also in fullscreen): a note opens at that
              second, and the video pauses while you write. <kbd>Ctrl</kbd>+<kbd>Enter</kbd> saves, <kbd>Esc</kbd> cancels.
            </p>
          ) : (
            <p>No shortcut is set for adding a note. You can choose one in the browser's shortcut settings.</p>
          )}
          <p>
            <button type="button" class="secondary" onClick={() => void openShortcutSettings()}>
              Change the shortcut…
            </button>
          </p>
        </section>

        <section aria-labelledby="pin-heading">
          <h2 id="pin-heading">Keep Margin's button at hand</h2>
          <p>
            {isFirefox
              ? 'Open the Extensions button (the puzzle piece) in the toolbar, open the menu beside Margin and choose "Pin to Toolbar".'
              : 'Open the Extensions button (the puzzle piece) in the toolbar and press the pin beside Margin.'}{' '}
            Margin's button shows where you are in the series and opens your notebook.
          </p>
        </section>

        <section aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">Your notes stay in this browser</h2>
          <p>
            Notes, progress and settings are kept in this browser's storage for Margin, which YouTube cannot read. Margin
            sends nothing anywhere unless you turn on sync in the options. Export them from the notebook whenever you like.
          </p>
        </section>

        <nav class="page-links" aria-label="Margin pages">
          <button type="button" class="secondary" onClick={() => openPage('notebook')}>
            Open notebook
          </button>
          <button type="button" class="secondary" onClick={() => openPage('options')}>
            Options
          </button>
        </nav>
      </main>
    </div>
  );
}
