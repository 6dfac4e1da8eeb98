import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { forwardCommand } from '@/entrypoints/background/commands';
import { readTabCommand, tabCommand } from '@/utils/tab-commands';

describe('keyboard commands', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('passes add-note on to the tab the command came from', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await forwardCommand('add-note', { id: 7 } as never);
    expect(send).toHaveBeenCalledWith(7, { margin: 1, type: 'command', command: 'add-note' });
  });

  it('falls back to the active tab when the browser names none', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9 } as never]);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await forwardCommand('add-note', undefined);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(9, tabCommand('add-note'));
  });

  it('ignores commands it does not know, and tabs without a panel', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await forwardCommand('_execute_action', { id: 7 } as never);
    expect(send).not.toHaveBeenCalled();
    await expect(forwardCommand('add-note', { id: 7 } as never)).resolves.toBeUndefined();
  });

  it('the panel reads only well-formed commands', () => {
    expect(readTabCommand(tabCommand('add-note'))).toBe('add-note');
    expect(readTabCommand({ margin: 1, type: 'command', command: 'delete-all' })).toBeUndefined();
    expect(readTabCommand({ type: 'command', command: 'add-note' })).toBeUndefined();
    expect(readTabCommand('add-note')).toBeUndefined();
    expect(readTabCommand(null)).toBeUndefined();
  });
});
