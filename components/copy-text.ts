/**
 * Copies text to the clipboard within the learner's click, and says in words what happened, for a status line.
 * Works on YouTube (a secure page) and on Margin's own pages alike.
 */
export async function copyText(text: string, what: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return `Copied ${what}.`;
  } catch (error) {
    return `Margin could not copy ${what}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
