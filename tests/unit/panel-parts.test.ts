import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/utils/messaging', () => ({ sendRequest: vi.fn() }));

const { sendRequest } = await import('@/utils/messaging');
const { forgetPanelParts, loadPanelPart, registerPanelPart, registeredPanelPart } = await import('@/utils/panel-parts');

const answer = vi.mocked(sendRequest);

beforeEach(() => {
  forgetPanelParts();
  answer.mockReset();
});

describe('loading a part of the panel', () => {
  it('is done as soon as the injected script registers the part, before the background answers', async () => {
    answer.mockReturnValue(new Promise(() => undefined)); // the answer is still on its way
    const loading = loadPanelPart('notes');
    registerPanelPart('notes', { NotesTab: 'tab' });
    await expect(loading).resolves.toEqual({ NotesTab: 'tab' });
    expect(answer).toHaveBeenCalledTimes(1);
  });

  it('asks the background once, however many ask for the part meanwhile', async () => {
    answer.mockImplementation(async () => {
      registerPanelPart('ticks', { createProgressMarkers: 'draw' });
      return { loaded: true };
    });
    const [a, b] = await Promise.all([loadPanelPart('ticks'), loadPanelPart('ticks')]);
    expect(a).toBe(b);
    expect(answer).toHaveBeenCalledTimes(1);
    expect(registeredPanelPart('ticks')).toEqual({ createProgressMarkers: 'draw' });
  });

  it('fails when the script was injected but never registered, and tries again next time', async () => {
    answer.mockResolvedValue({ loaded: true });
    await expect(loadPanelPart('glossary')).rejects.toThrow('did not register');
    answer.mockImplementation(async () => {
      registerPanelPart('glossary', { Glossary: 'list' });
      return { loaded: true };
    });
    await expect(loadPanelPart('glossary')).resolves.toEqual({ Glossary: 'list' });
    expect(answer).toHaveBeenCalledTimes(2);
  });

  it('fails when the background could not inject it', async () => {
    answer.mockRejectedValue(new Error('Margin could not be reached'));
    await expect(loadPanelPart('notes')).rejects.toThrow('could not be reached');
  });
});
