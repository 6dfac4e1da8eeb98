import { describe, expect, it } from 'vitest';
import { parseLiveRequest } from '@/utils/live-protocol';
import { NOT_A_MARGIN_MESSAGE, validateRequest } from '@/utils/protocol';

const ID = '3f2b8c1e-8d4a-4c1b-9f6e-2a7d5c9e1b04';
const request = (type: string, payload: unknown) => ({ margin: 1, type, payload });
const note = { videoId: 'aircAruvnKk', t: 162, text: 'sigmoid squashes', tags: ['activation'] };

describe('validateRequest accepts what views send', () => {
  it.each<[string, unknown]>([
    ['panel/load', {}],
    ['maths/load', {}],
    ['parts/load', { part: 'ticks' }],
    ['parts/load', { part: 'notes' }],
    ['notes/list', { videoId: 'IHZwWFHWa-w' }],
    ['notes/list-all', {}],
    ['notes/list-all', { deleted: true }],
    ['notes/list-first', { limit: 60 }],
    ['notes/create', note],
    ['notes/create', { ...note, t: 0, text: '', tags: [] }],
    ['notes/create', { ...note, t: 86_400, text: 'x'.repeat(10_000) }],
    ['notes/update', { id: ID, text: 'new text' }],
    ['notes/update', { id: ID, tags: [], t: 12.5 }],
    ['notes/create', { ...note, id: ID, discardDraft: true }],
    ['notes/update', { id: ID, text: 'new text', base: 1_700_000_000_000, discardDraft: true }],
    ['drafts/set', { videoId: 'aircAruvnKk', draft: { t: 3, text: 'new', tags: [], newNoteId: ID, viewId: ID } }],
    ['drafts/set', { videoId: 'aircAruvnKk', draft: { t: 3, text: 'edit', tags: [], noteId: ID, base: 5, viewId: ID, session: ID } }],
    ['notes/delete', { id: ID }],
    ['notes/restore', { id: ID }],
    ['progress/get', { videoId: 'aircAruvnKk' }],
    ['progress/record', { videoId: 'aircAruvnKk', from: 10, to: 20.5, position: 20.5 }],
    ['settings/get', {}],
    ['settings/set', { panelCollapsed: true }],
    ['settings/set', { activeTab: 'glossary', glossaryTicks: true, pauseWhileWriting: false }],
    ['drafts/get', { videoId: 'aircAruvnKk' }],
    ['drafts/set', { videoId: 'aircAruvnKk', draft: { t: 3, text: 'half a tho', tags: [] } }],
    ['drafts/set', { videoId: 'aircAruvnKk', draft: { t: 3, text: '', tags: [], noteId: ID } }],
    ['drafts/set', { videoId: 'aircAruvnKk', draft: null }],
    ['drafts/set', { videoId: 'aircAruvnKk', draft: null, session: ID }],
  ])('%s %j', (type, payload) => {
    const checked = validateRequest(request(type, payload));
    expect(checked).toEqual({ ok: true, envelope: { margin: 1, type, payload } });
  });

  it('trims tags and keeps each once, and treats an optional field sent as undefined as absent', () => {
    const checked = validateRequest(request('notes/update', { id: ID, text: undefined, tags: [' a ', 'A', '', 'b'] }));
    expect(checked).toEqual({ ok: true, envelope: { margin: 1, type: 'notes/update', payload: { id: ID, tags: ['a', 'b'] } } });
  });
});

const polluted = JSON.parse('{"videoId":"aircAruvnKk","__proto__":{"admin":true}}') as unknown;
const pollutedEnvelope = JSON.parse('{"margin":1,"type":"settings/get","payload":{},"__proto__":{"x":1}}') as unknown;

describe('validateRequest refuses hostile and malformed messages', () => {
  it.each<[string, unknown, string]>([
    ['not an object', 'notes/list', NOT_A_MARGIN_MESSAGE],
    ['null', null, NOT_A_MARGIN_MESSAGE],
    ['no marker', { type: 'notes/list', payload: { videoId: 'aircAruvnKk' } }, NOT_A_MARGIN_MESSAGE],
    ['wrong marker', { margin: 2, type: 'settings/get', payload: {} }, NOT_A_MARGIN_MESSAGE],
    ['marker as text', { margin: '1', type: 'settings/get', payload: {} }, NOT_A_MARGIN_MESSAGE],
    ['unknown type', request('notes/drop-all', {}), 'unknown message type "notes/drop-all"'],
    ['inherited name as type', request('toString', {}), 'unknown message type "toString"'],
    ['prototype key as type', request('__proto__', {}), 'unknown message type "__proto__"'],
    ['extra envelope field', { ...request('settings/get', {}), reply: 'x' }, 'settings/get: unexpected field "reply"'],
    ['__proto__ in the envelope', pollutedEnvelope, 'settings/get: unexpected field "__proto__"'],
    ['missing payload', { margin: 1, type: 'settings/get' }, 'settings/get: missing field "payload"'],
    ['payload is an array', request('notes/list-all', []), 'notes/list-all: expected an object'],
    ['deleted notes asked for with anything but true', request('notes/list-all', { deleted: 'yes' }), 'notes/list-all: deleted must be true when given'],
    ['no limit for the first notes', request('notes/list-first', {}), 'notes/list-first: missing field "limit"'],
    ['a limit that reads everything', request('notes/list-first', { limit: 100_000 }), 'notes/list-first: limit must be a whole number from 1 to 500'],
    ['a fractional limit', request('notes/list-first', { limit: 2.5 }), 'notes/list-first: limit must be a whole number from 1 to 500'],
    ['extra payload field', request('notes/list', { videoId: 'aircAruvnKk', all: true }), 'notes/list: unexpected field "all"'],
    ['__proto__ in the payload', request('notes/list', polluted), 'notes/list: unexpected field "__proto__"'],
    ['video outside the series', request('notes/list', { videoId: 'dQw4w9WgXcQ' }), 'notes/list: videoId is not one of the series\' videos'],
    ['missing field', request('notes/create', { videoId: 'aircAruvnKk', t: 1, text: 'x' }), 'notes/create: missing field "tags"'],
    ['NaN t', request('notes/create', { ...note, t: Number.NaN }), 'notes/create: t must be a finite number'],
    ['Infinity t', request('notes/create', { ...note, t: Number.POSITIVE_INFINITY }), 'notes/create: t must be a finite number'],
    ['t as text', request('notes/create', { ...note, t: '2:42' }), 'notes/create: t must be a finite number'],
    ['negative t', request('notes/create', { ...note, t: -1 }), 'notes/create: t must be between 0 and 86400 seconds'],
    ['t beyond a day', request('notes/create', { ...note, t: 86_401 }), 'notes/create: t must be between 0 and 86400 seconds'],
    ['huge text', request('notes/create', { ...note, text: 'x'.repeat(10_001) }), 'notes/create: text is longer than 10000 characters'],
    ['text not a string', request('notes/create', { ...note, text: { html: '<b>' } }), 'notes/create: text must be text'],
    ['tags not a list', request('notes/create', { ...note, tags: 'a,b' }), 'notes/create: tags must be a list'],
    ['too many tags', request('notes/create', { ...note, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }), 'notes/create: tags: at most 20 tags'],
    ['tag too long', request('notes/create', { ...note, tags: ['ok', `  ${'y'.repeat(41)}  `] }), 'notes/create: tags[1] is longer than 40 characters'],
    ['tag not text', request('notes/create', { ...note, tags: [7] }), 'notes/create: tags[0] must be text'],
    ['note id of the wrong shape', request('notes/delete', { id: '1' }), 'notes/delete: id is not a note id'],
    ['note id with a path in it', request('notes/restore', { id: `../${ID}` }), 'notes/restore: id is not a note id'],
    ['note id as a number', request('notes/delete', { id: 42 }), 'notes/delete: id is not a note id'],
    ['update with nothing to change', request('notes/update', { id: ID }), 'notes/update: nothing to change'],
    ['update with only a base', request('notes/update', { id: ID, base: 5 }), 'notes/update: nothing to change'],
    ['base not a stamp', request('notes/update', { id: ID, text: 'x', base: '5' }), 'notes/update: base must be the updatedAt of the note the edit started from'],
    ['create with a bad id', request('notes/create', { ...note, id: 'mine' }), 'notes/create: id is not a note id'],
    ['discardDraft false', request('notes/create', { ...note, discardDraft: false }), 'notes/create: discardDraft must be true when given'],
    ['draft both new and edit', request('drafts/set', { videoId: 'aircAruvnKk', draft: { t: 1, text: '', tags: [], noteId: ID, newNoteId: ID } }), 'drafts/set: a draft edits a note or writes a new one, not both'],
    ['import over the character cap', request('notes/import', { notes: Array.from({ length: 1100 }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, videoId: 'aircAruvnKk', t: 1, text: 'x'.repeat(10_000), tags: [], createdAt: 1, updatedAt: 1 })) }),
      'notes/import: notes holds 11000000 characters of text and tags; at most 10485760 can be imported at once'],
    ['range ending before it starts', request('progress/record', { videoId: 'aircAruvnKk', from: 20, to: 10, position: 10 }), 'progress/record: to must not be before from'],
    ['setting of the wrong type', request('settings/set', { panelCollapsed: 'yes' }), 'settings/set: panelCollapsed must be true or false'],
    ['unknown tab', request('settings/set', { activeTab: 'comments' }), 'settings/set: activeTab must be one of "moments", "glossary", "notes"'],
    ['unknown setting', request('settings/set', { theme: 'dark' }), 'settings/set: unexpected field "theme"'],
    ['draft with an extra field', request('drafts/set', { videoId: 'aircAruvnKk', draft: { t: 1, text: '', tags: [], html: '' } }), 'drafts/set: unexpected field "html"'],
    ['draft missing', request('drafts/set', { videoId: 'aircAruvnKk' }), 'drafts/set: missing field "draft"'],
    ['draft for a bad note id', request('drafts/set', { videoId: 'aircAruvnKk', draft: { t: 1, text: '', tags: [], noteId: 'x' } }), 'drafts/set: draft.noteId is not a note id'],
    ['draftSession without discardDraft', request('notes/update', { id: ID, text: 'x', draftSession: ID }), 'notes/update: draftSession comes with discardDraft'],
    ['bad draftSession', request('notes/create', { ...note, discardDraft: true, draftSession: '../x' }), 'notes/create: draftSession is not a note id'],
    ['a session with a draft to keep', request('drafts/set', { videoId: 'aircAruvnKk', draft: { t: 1, text: '', tags: [] }, session: ID }), 'drafts/set: session is given only to discard a draft'],
    ['draft with a bad session', request('drafts/set', { videoId: 'aircAruvnKk', draft: { t: 1, text: '', tags: [], session: { id: 1 } } }), 'drafts/set: draft.session is not a note id'],
    ['class instance as payload', request('settings/get', new Date(0)), 'settings/get: expected an object'],
  ])('%s', (_name, message, error) => {
    expect(validateRequest(message)).toEqual({ ok: false, error });
  });

  it('never lets a polluted payload change Object.prototype', () => {
    validateRequest(request('notes/list', polluted));
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});

describe('parseLiveRequest', () => {
  it.each<[unknown, unknown]>([
    [{ margin: 1, type: 'live/subscribe', filter: { videoId: 'aircAruvnKk' } }, { videoId: 'aircAruvnKk' }],
    [{ margin: 1, type: 'live/subscribe', filter: { all: true } }, { all: true }],
  ])('accepts %j', (message, filter) => {
    expect(parseLiveRequest(message)).toEqual({ ok: true, value: { margin: 1, type: 'live/subscribe', filter } });
  });

  it("accepts a panel's subscription that asks for its video's notes with the confirmation", () => {
    const message = { margin: 1, type: 'live/subscribe', filter: { videoId: 'aircAruvnKk' }, withNotes: true };
    expect(parseLiveRequest(message)).toEqual({ ok: true, value: message });
  });

  it.each<[string, unknown]>([
    ['a request on the port', request('notes/list', { videoId: 'aircAruvnKk' })],
    ['wrong marker', { margin: 0, type: 'live/subscribe', filter: { all: true } }],
    ['video outside the series', { margin: 1, type: 'live/subscribe', filter: { videoId: 'dQw4w9WgXcQ' } }],
    ['all: false', { margin: 1, type: 'live/subscribe', filter: { all: false } }],
    ['both filters', { margin: 1, type: 'live/subscribe', filter: { all: true, videoId: 'aircAruvnKk' } }],
    ['extra field', { margin: 1, type: 'live/subscribe', filter: { all: true }, since: 0 }],
    ['withNotes other than true', { margin: 1, type: 'live/subscribe', filter: { videoId: 'aircAruvnKk' }, withNotes: 1 }],
    ['withNotes for every video', { margin: 1, type: 'live/subscribe', filter: { all: true }, withNotes: true }],
    ['not an object', 'live/subscribe'],
  ])('refuses %s', (_name, message) => {
    expect(parseLiveRequest(message).ok).toBe(false);
  });
});
